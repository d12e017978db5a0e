import { describe, expect, it } from 'vitest';
import { CoplanDb, SCHEMA_HISTORY } from '../../core/db';

let n = 0;
const freshName = () => `coplan-test-${++n}`;

describe('CoplanDb', () => {
  it('opens a new database at the latest version with every table', async () => {
    const db = new CoplanDb(freshName());
    await db.open();
    expect(db.verno).toBe(SCHEMA_HISTORY.at(-1)!.version);
    const { stores } = SCHEMA_HISTORY.at(-1)!;
    // A table set to null in the latest version has been deleted.
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(stores).filter((name) => stores[name] !== null).sort());
    db.close();
  });

  it('upgrades a database written by the first release without losing its rows', async () => {
    const name = freshName();
    const first = new CoplanDb(name, SCHEMA_HISTORY.slice(0, 1));
    await first.sessions.put({ id: 'session-0001', createdAt: 1, updatedAt: 2, label: 'AB' });
    first.close();

    const current = new CoplanDb(name);
    expect(await current.sessions.get('session-0001')).toMatchObject({ label: 'AB', updatedAt: 2 });
    expect(current.verno).toBe(SCHEMA_HISTORY.at(-1)!.version);
    current.close();
  });

  it('keeps schema versions strictly increasing, so a block is never edited in place', () => {
    const versions = SCHEMA_HISTORY.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
