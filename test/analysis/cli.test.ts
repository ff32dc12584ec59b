import { mkdirSync, rmSync } from 'node:fs';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { register as changepoints } from '../../src/cli/commands/changepoints.ts';
import { register as dyad } from '../../src/cli/commands/dyad.ts';
import { register as partners } from '../../src/cli/commands/partners.ts';
import { register as pattern } from '../../src/cli/commands/pattern.ts';
import { register as triangle } from '../../src/cli/commands/triangle.ts';
import { DuckDbSql } from '../../src/store/duckdbSql.ts';
import { EVENTS_DDL, type EventRow } from '../../src/store/schema.ts';
import { day, evs, insertEvents } from './fixtures.ts';

const dir = 'tmp/analysis-cli-test';
const dbPath = `${dir}/cli-${process.pid}.duckdb`;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  rmSync(dbPath, { force: true });
  const rows: EventRow[] = [];
  for (let w = 0; w < 12; w++) {
    rows.push(...evs(3, { date: day(w * 7), src: 'RUS', tgt: 'CHN', type: w < 6 ? 'CONSULT' : 'ACCUSE' }));
    rows.push(...evs(2, { date: day(w * 7 + 1), src: 'RUS', tgt: 'USA', type: 'CONSULT' }));
    rows.push(...evs(2, { date: day(w * 7 + 3), src: 'CHN', tgt: 'USA', type: 'ACCUSE' }));
  }
  const db = await DuckDbSql.open(dbPath);
  await db.run(EVENTS_DDL);
  await insertEvents(db, rows);
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<string> {
  const program = new Command().name('entente').exitOverride();
  for (const register of [dyad, triangle, pattern, changepoints, partners]) register(program);
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(['node', 'entente', ...args, '--db', dbPath]);
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('analytics commands', () => {
  it('dyad prints a table, or JSON with --json', async () => {
    const text = await cli('dyad', 'RUS', 'CHN', '--by', 'month');
    expect(text).toMatch(/^RUS – CHN, by month: 36 events/);
    expect(text).toContain('2024-01-01');
    const json = JSON.parse(await cli('dyad', 'RUS', 'CHN', '--by', 'week', '--json'));
    expect(json.buckets).toHaveLength(12);
    expect(json.buckets[0].eventIds).toHaveLength(3);
  });

  it('triangle, pattern, changepoints and partners run and print', async () => {
    const tri = await cli('triangle', 'RUS', 'CHN', 'USA', '--window', '28d', '--step', '14d', '--min-events', '3');
    expect(tri).toMatch(/romantic triangle \(pivot RUS\)/);
    expect(tri).toMatch(/stable marriage \(RUS–USA; outsider CHN\)/);
    const pat = JSON.parse(await cli('pattern', '--trigger', 'RUS-USA:CONSULT', '--response', 'CHN>USA:ACCUSE', '--within', '3d', '--rounds', '100', '--json'));
    expect(pat.conditionalRate).toBe(1);
    expect(pat.pairs[0].lagDays).toBe(2);
    expect(await cli('pattern', '--trigger', 'RUS-USA:CONSULT', '--response', 'CHN>USA:ACCUSE', '--within', '3d', '--rounds', '100')).toMatch(/lift\s+\d/);
    const cp = await cli('changepoints', 'RUS', 'CHN');
    expect(cp).toMatch(/2024-02-12\s+1\.00\s+-2\.00\s+-3\.00/);
    const pa = await cli('partners', 'RUS');
    expect(pa).toMatch(/Partners of RUS: 2 counterparts, 60 events/);
  });

  it('turns bad input into E_USAGE naming the option', async () => {
    await expect(cli('dyad', 'RUS', 'CHN', '--by', 'year')).rejects.toMatchObject({ code: 'E_USAGE', message: expect.stringMatching(/^--by: /) });
    await expect(cli('dyad', 'RUS', 'CHN', '--from', '2024-05-01', '--to', '2024-01-01')).rejects.toMatchObject({ code: 'E_USAGE' });
    await expect(cli('triangle', 'RUS', 'CHN', 'USA', '--min-events', 'many')).rejects.toThrow(/^--min-events: /);
    await expect(cli('triangle', 'RUS', 'CHN', 'USA', '--window', '1mo')).rejects.toThrow(/^window: /);
    await expect(cli('pattern', '--trigger', 'RUS-USA', '--response', 'RUS-CHN', '--rounds', '0')).rejects.toThrow(/^--rounds: /);
    await expect(cli('changepoints', 'RUS', 'CHN', '--method', 'cusum')).rejects.toThrow(/^--method: /);
    await expect(cli('partners', 'RUS', '--level', 'planet')).rejects.toThrow(/^--level: /);
    await expect(cli('partners', 'R-U-S')).rejects.toMatchObject({ code: 'E_USAGE' });
  });

  it('refuses a database that does not exist instead of creating it', async () => {
    const program = new Command().exitOverride();
    dyad(program);
    await expect(program.parseAsync(['node', 'x', 'dyad', 'RUS', 'CHN', '--db', `${dir}/missing.duckdb`])).rejects.toMatchObject({
      code: 'E_INPUT_NOT_FOUND',
    });
  });
});
