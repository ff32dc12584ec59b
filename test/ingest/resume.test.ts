// A run killed with SIGKILL part-way and started again ends with exactly the database of an
// uninterrupted run (content tables compared row by row; run ids and ingestion times excepted).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDbStore } from '../../src/store/DuckDbStore.ts';
import { dumpTables } from './dump.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-resume-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CHILD = new URL('./resumeChild.ts', import.meta.url).pathname;

const ACTORS = ['Putin', 'Xi', 'Russia', 'Ukraine', 'Beijing', 'the EU'];
const VERBS = ['met', 'sanctioned', 'attacked', 'criticised', 'held talks with'];

/** 40 short reports: many events, some reported twice, an exact copy, a near copy and a repeated line. */
function corpus(): string {
  const records: Array<{ id: string; outlet: string; published: string; text: string }> = [];
  for (let i = 0; i < 40; i++) {
    const a = ACTORS[i % ACTORS.length] as string;
    const b = ACTORS[(i * 5 + 1) % ACTORS.length] as string;
    const verb = VERBS[i % VERBS.length] as string;
    const day = String(1 + (i % 12)).padStart(2, '0');
    let text =
      `${a} ${verb} ${b === a ? 'Ukraine' : b} on 2025-03-${day}. Report number ${i} from the regional desk: officials ` +
      'on both sides confirmed the account to reporters late in the evening, and further details are expected tomorrow.';
    const outlet = `Outlet ${i % 4}`;
    if (i === 11) text = (records[3] as { text: string }).text; // exact copy, another outlet
    if (i === 17) text = `MOSCOW (Wire) - ${(records[4] as { text: string }).text}`; // near copy
    records.push({ id: `r-${i}`, outlet, published: `2025-03-${day}`, text });
    if (i === 23) records.push({ ...(records[22] as (typeof records)[number]) }); // the same line twice
  }
  return `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
}

function runChild(db: string, input: string, delayMs: number, killAfter?: number): Promise<{ killed: boolean; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, input, String(delayMs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killed = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const seen = [...out.matchAll(/seen (\d+)/g)].map((m) => Number(m[1]));
      if (killAfter !== undefined && !killed && Math.max(0, ...seen) >= killAfter) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (killed && signal === 'SIGKILL') resolve({ killed, out });
      else if (code === 0) resolve({ killed, out });
      else reject(new Error(`child exited ${code ?? signal}: ${err}`));
    });
  });
}

describe('resumable ingestion', () => {
  it('ends with the same database after a SIGKILL and a restart as after one uninterrupted run', async () => {
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(input, corpus());

    const whole = join(dir, 'whole.duckdb');
    const first = await runChild(whole, input, 0);
    expect(first.out).toMatch(/done /);

    const resumed = join(dir, 'resumed.duckdb');
    const killed = await runChild(resumed, input, 40, 18);
    expect(killed.killed).toBe(true);
    expect(killed.out).not.toMatch(/done /);

    // Part of the corpus is stored, and nothing half-written: every stored article with events has its mentions.
    let store = await DuckDbStore.open(resumed);
    const partial = await store.stats();
    expect(partial.articles).toBeGreaterThan(0);
    expect(partial.articles).toBeLessThan(30);
    const orphans = await store.all(
      'SELECT a.id FROM articles a LEFT JOIN event_mentions m ON m.article_id = a.id WHERE a.num_events > 0 GROUP BY a.id, a.num_events HAVING count(m.id) <> a.num_events',
    );
    expect(orphans).toEqual([]);
    await store.close();

    const restart = await runChild(resumed, input, 0);
    const summary = JSON.parse(restart.out.split('done ')[1] as string) as { unchanged: number; newArticles: number };
    expect(summary.unchanged).toBeGreaterThanOrEqual(partial.articles);

    store = await DuckDbStore.open(resumed);
    const other = await DuckDbStore.open(whole);
    const [a, b] = [await dumpTables(other), await dumpTables(store)];
    expect(b.articles).toHaveLength(a.articles?.length ?? -1);
    expect(b).toEqual(a);
    const stats = await store.stats();
    expect(stats).toMatchObject({ articles: 40, exactDuplicates: 1, nearDuplicates: 1 });
    expect(stats.events).toBeGreaterThan(10);
    const runs = await store.listRuns();
    expect(runs.map((r) => r.status)).toEqual(['interrupted', 'completed']);
    await store.close();
    await other.close();

    // And running it a third time adds nothing.
    await runChild(resumed, input, 0);
    store = await DuckDbStore.open(resumed);
    expect(await dumpTables(store)).toEqual(a);
    await store.close();
  });
});
