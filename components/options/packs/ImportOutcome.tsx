/** What a pack import said: a status when it went in, an alert naming each problem when it was refused. */
export type Outcome = { ok: true; text: string; detail?: string } | { ok: false; text: string; problems: string[] };

/** Both regions stay in the page, so screen readers announce a message as soon as it appears. */
export function ImportOutcome({ outcome }: { outcome: Outcome | undefined }) {
  return (
    <>
      <div role="status" class="notice" hidden={!outcome?.ok}>
        {outcome?.ok && <><p>{outcome.text}</p>{outcome.detail && <p>{outcome.detail}</p>}</>}
      </div>
      <div role="alert" class="notice notice--warning" hidden={outcome?.ok !== false}>
        {outcome?.ok === false && (
          <>
            <p>{outcome.text}</p>
            <ul>{outcome.problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
          </>
        )}
      </div>
    </>
  );
}
