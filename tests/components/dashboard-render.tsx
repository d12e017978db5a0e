import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { createDashboardModel } from '../../core/audit/dashboard-model';
import { labelsFrom } from '../../core/audit/labels';
import { toRow, type AuditEvent } from '../../core/audit/schema';
import { CoplanDb } from '../../core/db';
import { smallFramework } from '../fixtures/small-framework';
import { GOLDEN_FRAMEWORK } from '../fixtures/audit/golden';

export const NOW = Date.parse('2026-11-25T10:00:00Z');
let n = 0;

/** The dashboard over a fresh database holding the given events, without charts (no canvas here). */
export async function renderDashboard(events: AuditEvent[], query = '') {
  const db = new CoplanDb(`dashboard-${++n}`);
  await db.auditEvents.bulkAdd(events.map((e) => toRow(e, 'imported')));
  const onQuery = vi.fn();
  const save = vi.fn();
  const catalogue = new Map([['coplan-core@1.0.0', new Map(Object.entries(GOLDEN_FRAMEWORK['1.0.0']))]]);
  const model = createDashboardModel({ db, catalogue, labels: labelsFrom(smallFramework), query, onQuery, now: () => NOW });
  render(<DashboardApp model={model} labels={labelsFrom(smallFramework)} save={save} now={NOW} />);
  await model.load();
  return { db, model, onQuery, save };
}
