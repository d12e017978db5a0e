import pack from '../../content/scenarios/builtin.json';
import type { ScenarioPack } from '../scenarios/schema';

/**
 * The scenarios shipped with this release. Vite inlines the JSON at build time; the unit tests
 * (tests/unit/scenarios.test.ts, training-scenarios.test.ts) parse it with ScenarioPackSchema and
 * check it against the framework, so a content mistake fails the build's tests, not a class.
 */
export const builtInScenarioPack = pack as unknown as ScenarioPack;
