/** One column: its heading and how to show a row's value. */
export interface Column<T> {
  heading: string;
  cell: (row: T) => string | number;
}

interface Props<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
}

/** A plain data table; the first column heads each row, so screen readers announce it with each cell. */
export function DataTable<T>({ caption, columns, rows, rowKey }: Props<T>) {
  const [first, ...rest] = columns;
  if (!first) return null;
  return (
    <div class="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table class="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>{columns.map((c) => <th key={c.heading} scope="col">{c.heading}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row">{first.cell(row)}</th>
              {rest.map((c) => <td key={c.heading}>{c.cell(row)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
