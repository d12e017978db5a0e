import { auditInChromium } from '../audit-chromium';
console.table(await auditInChromium());
