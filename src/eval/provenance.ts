// Where figures came from: the commit (read-only git) and the dictionary version.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Short hash of HEAD, with "+changes" when tracked files differ from it; "unknown" outside git. */
export function commitLabel(root: string): string {
  try {
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const hash = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
    return dirty ? `${hash}+changes` : hash;
  } catch {
    return 'unknown';
  }
}

/** `version` of dictionaries/manifest.json; "unknown" when missing. */
export function dictionaryVersion(root: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'dictionaries', 'manifest.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
