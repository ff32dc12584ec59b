import { describe, expect, it } from 'vitest';
import { CorpusDuplicates } from '../../src/ingest/corpusDuplicates.ts';

const report =
  'Ministers from both governments met in the capital on Tuesday to settle the border dispute, officials said after talks ' +
  'that ran late into the evening. They agreed to reopen two crossings and to free detained fishermen by the end of the month.';

describe('CorpusDuplicates', () => {
  it('flags the same text again, however spaced or quoted, and a syndicated copy, but not a different report', () => {
    const d = new CorpusDuplicates();
    expect(d.isCopy(report)).toBe(false);
    expect(d.isCopy(`  ${report.replace(/ /g, '\n')}  `)).toBe(true);
    expect(d.isCopy(`CAPITAL (Wire) - ${report} Reporting by a correspondent.`)).toBe(true);
    expect(d.isCopy('Ministers met again on Friday but failed to agree on the crossings, and the fishermen remain in custody while lawyers appeal.')).toBe(false);
  });

  it('judges short texts by exact copy only', () => {
    const d = new CorpusDuplicates();
    expect(d.isCopy('Putin met Xi.')).toBe(false);
    expect(d.isCopy('Putin met Xi.')).toBe(true);
    expect(d.isCopy('Putin met Xi today.')).toBe(false);
  });
});
