import { defineBackground } from '#imports';
import { registerCommands } from './commands';
import { registerContextKeys } from './handlers/context-keys';
import { registerFrameTokens } from './handlers/frame-tokens';
import { registerPageRequests } from './handlers/page-requests';
import { registerSessionHere } from './handlers/session-here';
import { registerSiteRules } from './handlers/site-rules';
import { registerWhichTab } from './handlers/which-tab';
import { registerRetention } from './retention';
import { registerSidePanel } from './side-panel';
import { registerSites } from './sites';

export default defineBackground(() => {
  void registerCommands();
  registerSidePanel();
  registerPageRequests();
  registerContextKeys();
  registerSiteRules();
  registerSessionHere();
  registerWhichTab();
  registerFrameTokens();
  registerRetention();
  registerSites();
});
