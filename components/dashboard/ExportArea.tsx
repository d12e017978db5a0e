import { useState } from 'preact/hooks';
import type { DashboardModel, ExportFile, ExportKind } from '../../core/audit/dashboard-model';
import { count } from './format';

const EXPORTS: [ExportKind, string][] = [
  ['records', 'Records for merging (JSON)'],
  ['tables', 'Summary tables (CSV)'],
  ['events', 'Every event (CSV)'],
  ['fhir', 'FHIR AuditEvent bundle (JSON)'],
];

interface Props {
  model: DashboardModel;
  /** Offers the file as a download. */
  save: (file: ExportFile) => void;
}

/** Exports of the records in view, and clearing what was imported from files. */
export function ExportArea({ model, save }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [confirming, setConfirming] = useState(false);
  const run = async (work: () => Promise<string>, failure: string) => {
    try {
      setMessage({ ok: true, text: await work() });
    } catch {
      setMessage({ ok: false, text: failure });
    }
  };
  const exportAs = (kind: ExportKind) =>
    run(async () => {
      const file = await model.exportFile(kind);
      save(file);
      return `Saved ${file.name}.`;
    }, 'The export failed; nothing was saved. Try again.');
  const clear = () =>
    run(async () => {
      setConfirming(false);
      return `Removed ${count(await model.clearImported())} imported records. Records made on this computer are kept.`;
    }, 'Clearing failed; nothing was removed.');

  return (
    <section class="dashboard-section" aria-labelledby="export-h">
      <h2 id="export-h">Export and tidy up</h2>
      <p class="field__hint">Exports cover the sessions in view and say which dates, filters and framework versions they cover. They hold ids, counts and codes only: no notes, names or searches.</p>
      <div class="inline">
        {EXPORTS.map(([kind, label]) => (
          <button key={kind} type="button" class="button button--secondary" onClick={() => void exportAs(kind)}>{label}</button>
        ))}
      </div>
      <div class="inline clear-imported">
        {confirming ? (
          <div class="inline" role="group" aria-label="Confirm clearing imported records">
            <button type="button" class="button button--danger" onClick={() => void clear()}>Yes, clear imported records</button>
            <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>Cancel</button>
          </div>
        ) : (
          <button type="button" class="button button--danger" onClick={() => setConfirming(true)}>Clear imported records</button>
        )}
      </div>
      <p role="status" class={message?.ok === false ? 'notice notice--warning' : 'notice'} hidden={!message}>{message?.text}</p>
    </section>
  );
}
