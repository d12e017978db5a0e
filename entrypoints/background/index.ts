import { defineBackground } from '#imports';
import { registerCommands } from './commands';
import { registerContextKeys } from './handlers/context-keys';
import { registerEmbedderCheck } from './handlers/embedder';
import { registerPageRequests } from './handlers/page-requests';
import { registerSessionHere } from './handlers/session-here';
import { registerSiteRules } from './handlers/site-rules';
import { registerWhichTab } from './handlers/which-tab';
import { registerRetention } from './retention';
import { registerSidePanel } from './side-panel';
import { registerSites } from './sites';

export default defineBackground(() => {
  registerCommands();
  registerSidePanel();
  registerPageRequests();
  registerContextKeys();
  registerSiteRules();
  registerSessionHere();
  registerWhichTab();
  registerEmbedderCheck();
  registerRetention();
  registerSites();
});
