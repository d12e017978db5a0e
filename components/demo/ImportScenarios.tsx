import { useState } from 'preact/hooks';
import type { ScenarioImport } from '../../core/training/import-scenarios';

/** Imports a trust's own scenario pack: all of it or none, with every problem named by its path. */
export function ImportScenarios({ onImport }: { onImport: (file: File) => Promise<ScenarioImport> }) {
  const [result, setResult] = useState<ScenarioImport>();
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setResult(await onImport(file));
    // Clearing the choice lets the trainer pick the same file again once it is fixed.
    input.value = '';
  };
  return (
    <div class="tool">
      <h3>Import a scenario pack</h3>
      <label for="scenario-file">Scenario pack (JSON file)</label>
      <p class="hint" id="scenario-file-hint">
        A newer version of a pack you imported replaces it. Its people join the list above.
      </p>
      <input id="scenario-file" type="file" accept=".json,application/json" aria-describedby="scenario-file-hint" onChange={(e) => void pick(e.currentTarget)} />
      <div role="status">
        {result?.ok && (
          <p>
            Imported “{result.pack.name}” version {result.pack.version}: {result.pack.scenarios.length} scenario
            {result.pack.scenarios.length === 1 ? '' : 's'}.
          </p>
        )}
      </div>
      {result && !result.ok && (
        <div role="alert" class="error">
          <p>Nothing was imported. Fix these problems in the file and try again:</p>
          <ul>{result.problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
        </div>
      )}
    </div>
  );
}
