import type { ScenarioImport } from '../../core/training/import-scenarios';
import type { ResetResult } from '../../core/training/reset';
import { ImportScenarios } from './ImportScenarios';
import { ResetTrainingData } from './ResetTrainingData';

/** The trainer's housekeeping, kept on the list page, away from any record. */
export interface TrainerToolsProps {
  onReset: () => Promise<ResetResult>;
  onImport: (file: File) => Promise<ScenarioImport>;
}

export function TrainerTools({ onReset, onImport }: TrainerToolsProps) {
  return (
    <section class="trainer-tools" aria-labelledby="trainer-tools-h">
      <h2 id="trainer-tools-h">Trainer tools</h2>
      <ResetTrainingData onReset={onReset} />
      <ImportScenarios onImport={onImport} />
    </section>
  );
}
