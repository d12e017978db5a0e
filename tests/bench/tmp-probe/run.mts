import { auditSpeed } from '../audit-speed';
console.table(await auditSpeed());
