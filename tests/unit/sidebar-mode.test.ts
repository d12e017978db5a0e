import { describe, expect, it } from 'vitest';
import { readSidebarMode } from '../../core/sidebar-mode';

describe('sidebar mode', () => {
  it('is real work unless the query says training', () => {
    expect(readSidebarMode('')).toEqual({ training: false, scenarioId: undefined, hints: false });
    expect(readSidebarMode('?mode=Training&hints=1&scenario=jordan')).toEqual({ training: false, scenarioId: undefined, hints: false });
  });

  it('reads the scenario and hints in training mode, refusing odd scenario ids', () => {
    expect(readSidebarMode('?mode=training&scenario=jordan-trust&hints=1')).toEqual({ training: true, scenarioId: 'jordan-trust', hints: true });
    expect(readSidebarMode('?mode=training&scenario=<script>')).toEqual({ training: true, scenarioId: undefined, hints: false });
  });
});
