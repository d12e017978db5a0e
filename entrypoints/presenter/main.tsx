import { render } from 'preact';
import { Unavailable } from '../../components/demo/Unavailable';
import { Presenter } from '../../components/presenter/Presenter';
import '../../components/presenter/presenter.css';
import { builtInFramework } from '../../core/framework/builtin';
import { findScenario } from '../../core/training/catalogue';
import { personId } from '../../core/demo/people';
import { readPractice, recordHref } from '../../core/training/links';
import { presenterSteps } from '../../core/training/presenter-steps';
import { loadScenarios } from '../../core/training/scenario-packs-item';

void loadScenarios().then((scenarios) => {
  const scenario = findScenario(scenarios, new URLSearchParams(location.search).get('scenario'));
  if (scenario) document.title = `${scenario.title} · Presenter view (training) · Coplan`;
  render(
    scenario ? (
      <Presenter
        scenarioTitle={scenario.title}
        steps={presenterSteps(scenario, builtInFramework)}
        // Exit returns to the scenario's record with the same scenario and hints (issue 18).
        onExit={() => location.assign(recordHref(personId(scenario.person.name), { scenarioId: scenario.id, hints: readPractice(location.search)?.hints ?? false }))}
      />
    ) : (
      <Unavailable title="No scenario to present" reason="The scenario in this address is not on this device. Choose one from the list of fictional people." />
    ),
    document.getElementById('app')!,
  );
});
