import { useState } from 'preact/hooks';
import type { DashboardModel } from '../../core/audit/dashboard-model';
import type { FileReport } from '../../core/audit/exchange';
import { count, counted } from './format';

function reportText(r: FileReport): string {
  return r.ok
    ? `${r.name}: ${counted(r.added, 'record')} added, ${count(r.alreadyHeld)} already held.`
    : `${r.name}: not imported. This file ${r.problem} Nothing from it was added.`;
}

/** Import the team's files: choose or drop many at once; each is checked and added whole or not at all. */
export function ImportArea({ model }: { model: DashboardModel }) {
  const [over, setOver] = useState(false);
  const importing = model.importing.value;
  const reports = model.reports.value;
  const start = (files: FileList | null | undefined) => {
    if (files?.length) void model.importFiles([...files]);
  };
  return (
    <section class="dashboard-section" aria-labelledby="import-h">
      <h2 id="import-h">Import your team’s files</h2>
      <div
        class={over ? 'drop-zone drop-zone--over' : 'drop-zone'}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => { e.preventDefault(); setOver(false); start(e.dataTransfer?.files); }}
      >
        <div class="field">
          <label for="import-files">Usage-record files (JSON)</label>
          <p class="field__hint" id="import-hint">Choose several files at once, or drop them here. Each file is checked and added whole or not at all; importing a file twice adds nothing new.</p>
          <input id="import-files" type="file" accept=".json,application/json" multiple aria-describedby="import-hint" disabled={!!importing}
            onChange={(e) => { start(e.currentTarget.files); e.currentTarget.value = ''; }} />
        </div>
      </div>
      {importing && (
        <div class="field">
          <label for="import-progress">Importing: {importing.done} of {importing.total} files done</label>
          <progress id="import-progress" max={importing.total} value={importing.done} />
        </div>
      )}
      <div role="status">
        {reports.length > 0 && (
          <ul class="reports">
            {reports.map((r, i) => <li key={i} class={r.ok ? 'notice' : 'notice notice--warning'}>{reportText(r)}</li>)}
          </ul>
        )}
      </div>
    </section>
  );
}
