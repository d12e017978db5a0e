import { defineBackground } from '#imports';
import { registerCommands } from './commands';
import { registerPageRequests } from './handlers/page-requests';
import { registerRetention } from './retention';
import { registerSidePanel } from './side-panel';

export default defineBackground(() => {
  registerCommands();
  registerSidePanel();
  registerPageRequests();
  registerRetention();
});
