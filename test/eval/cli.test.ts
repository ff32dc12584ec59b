import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { register } from '../../src/cli/commands/eval.ts';
import { isEntenteError } from '../../src/errors.ts';

// Runs the real coder (placeholder or pipeline): only the shape of the output is asserted.
const dir = mkdtempSync(join(tmpdir(), 'entente-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<string> {
  const program = new Command('entente').exitOverride();
  register(program);
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(['node', 'entente', 'eval', ...args]);
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('entente eval', () => {
  const classFile = join(dir, 'class.tsv');
  writeFileSync(classFile, 'Ruritania shelled Freedonia on Monday.\t4\nThe weather was fine.\t0\n');

  it('prints the figures as JSON', async () => {
    const json = JSON.parse(await run('--set', 'confli-class', classFile, '--json')) as Record<string, unknown>;
    expect(json).toMatchObject({ set: 'confli-class', n: 2 });
    expect(typeof json.accuracy).toBe('number');
    expect(typeof json.macroF1).toBe('number');
    expect(Object.keys(json.perClass as object)).toEqual(['0', '1', '2', '3', '4']);
    expect((json.perClass as Record<string, object>)['4']).toEqual(expect.objectContaining({ precision: expect.any(Number), recall: expect.any(Number), f1: expect.any(Number), support: 1 }));
  });

  it('prints text tables and writes --report without quoting the file', async () => {
    const report = join(dir, 'report.txt');
    const text = await run('--set', 'confli-class', classFile, '--report', report);
    expect(text).toContain('per class');
    expect(text).toContain('confusion');
    const written = readFileSync(report, 'utf8');
    expect(written).toContain('per class');
    expect(written).not.toContain('Ruritania');
  });

  it('throws E_USAGE for an unknown set and E_INPUT_NOT_FOUND for a missing file', async () => {
    const codeOf = async (...args: string[]): Promise<string> => {
      try {
        await run(...args);
        return 'none';
      } catch (e) {
        return isEntenteError(e) ? e.code : String(e);
      }
    };
    expect(await codeOf('--set', 'bogus', classFile)).toBe('E_USAGE');
    expect(await codeOf('--set', 'plv', join(dir, 'missing.tsv'))).toBe('E_INPUT_NOT_FOUND');
  });
});
