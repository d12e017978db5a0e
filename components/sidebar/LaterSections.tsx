import type { EhrConnection } from '../../core/ehr/connection';
import type { Framework } from '../../core/framework/schema';
import type { SessionModel } from '../../core/models/session-model';
import { RecordView } from './record/RecordView';
import { ServicesList } from './services/ServicesList';
import { SummaryView } from './summary/SummaryView';

interface Props {
  framework: Framework;
  model: SessionModel;
  connection: EhrConnection;
}

/** Everything below the prompts, in its own chunk: it loads while the first domains are drawn. */
export function LaterSections({ framework, model, connection }: Props) {
  return (
    <>
      <RecordView framework={framework} model={model} />
      <SummaryView framework={framework} model={model} connection={connection} />
      <ServicesList
        chosen={model.session.value?.record.chosenServices}
        onChoose={(chosenServices) => void model.updateRecord({ chosenServices })}
        training={model.session.value?.training}
      />
    </>
  );
}
