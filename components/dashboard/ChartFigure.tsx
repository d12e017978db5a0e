import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ChartRenderer, ChartSpec } from './chart-spec';

interface Props {
  id: string;
  title: string;
  /** One sentence saying what the chart shows, for everyone and for screen readers. */
  summary: string;
  /** How to read the chart, when a term needs defining. */
  note?: string;
  spec: ChartSpec;
  /** Absent in component tests (no canvas there); the data table carries the same numbers. */
  chart?: ChartRenderer;
  children: ComponentChildren;
}

/** A chart with its summary sentence and its data table beside it. */
export function ChartFigure({ id, title, summary, note, spec, chart, children }: Props) {
  const canvas = useRef<HTMLDivElement>(null);
  const key = JSON.stringify(spec);
  useEffect(() => (chart && canvas.current ? chart(canvas.current, spec) : undefined), [chart, key]);
  return (
    <section class="dashboard-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {note && <p class="field__hint">{note}</p>}
      <p class="chart-summary">{summary}</p>
      <div class="chart-pair">
        {/* Hidden from assistive technology: the sentence above and the table say the same. */}
        {chart && <div class="chart" ref={canvas} aria-hidden="true" />}
        <div class="chart-table">{children}</div>
      </div>
    </section>
  );
}
