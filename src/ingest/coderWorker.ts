// Worker thread that runs the pipeline coder for the coder pool: messages in, coded results out.
import { parentPort } from 'node:worker_threads';
import { isEntenteError } from '../errors.ts';
import { code } from '../pipeline/code.ts';
import type { CodeTask, CodeOutcome } from './coderPool.ts';

parentPort?.on('message', (msg: { id: number; tasks: CodeTask[] }) => {
  const results: CodeOutcome[] = msg.tasks.map((t) => {
    try {
      return { ok: code(t.text, { date: t.date ?? undefined, articleId: t.articleId ?? undefined, title: t.title ?? undefined }) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e), code: isEntenteError(e) ? e.code : undefined };
    }
  });
  parentPort?.postMessage({ id: msg.id, results });
});
