// Child process for resume.test.ts: ingest one JSONL file into a DuckDB file with the fake coder,
// printing progress so the parent knows when to kill it.
// Usage: node --import tsx test/ingest/resumeChild.ts DB INPUT DELAY_MS
import { createIngester } from '../../src/ingest/Ingester.ts';
import { readInputs } from '../../src/ingest/sources/inputs.ts';
import { DuckDbStore } from '../../src/store/DuckDbStore.ts';
import { createFakeCoder } from './fakeCoder.ts';

const [db, input, delay] = process.argv.slice(2) as [string, string, string];
const store = await DuckDbStore.open(db);
const ingester = createIngester({
  store,
  coder: createFakeCoder({ delayMs: Number(delay) }),
  batchSize: 4,
  onProgress: (p) => process.stdout.write(`seen ${p.counts.articlesSeen}\n`),
});
const summary = await ingester.ingest(readInputs([input]), [input]);
await store.close();
process.stdout.write(`done ${JSON.stringify(summary)}\n`);
