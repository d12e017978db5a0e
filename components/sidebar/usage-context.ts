import { createContext } from 'preact';
import type { ReportUsage } from '../../core/models/usage';

/** Where the insert and copy controls report what happened; silent unless the sidebar wires it. */
export const UsageContext = createContext<ReportUsage>(() => undefined);
