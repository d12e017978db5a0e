import { defineBackground } from '#imports';
import { registerCommands } from './commands';
import { registerSidePanel } from './side-panel';

export default defineBackground(() => {
  registerCommands();
  registerSidePanel();
});
