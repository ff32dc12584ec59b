// Precision on real prose (issue 3). Three modes:
//   npx tsx scripts/samplePrecision.ts            code the BBC corpus, draw 100 asserted/reported events
//                                                 with mulberry32(2225), write eval/precision-sample.json
//   npx tsx scripts/samplePrecision.ts --show     print each sampled event beside its sentence, read from
//                                                 the corpus (for judging; nothing is written)
//   npx tsx scripts/samplePrecision.ts --report   read the judged file, print precision and error classes,
//                                                 and put them into eval/RESULTS.md
// Options: --corpus FILE, --sample FILE, --seed N, --size N, --force (overwrite a file that has judgements).
// The sample file stores offsets into the corpus, never its sentences (copyright BBC).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { code } from '../src/pipeline/code.ts';
import { EXIT_CODES, EntenteError, isEntenteError } from '../src/errors.ts';
import { readInputFile } from '../src/eval/inputFile.ts';
import {
  DEFAULT_SEED, DEFAULT_SIZE, drawPrecisionSample, parseCorpus, parseSampleFile, precisionSection, summarizeJudgements,
} from '../src/eval/precisionSample.ts';
import { commitLabel, dictionaryVersion } from '../src/eval/provenance.ts';
import { upsertPrecisionSection } from '../src/eval/resultsFile.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new EntenteError('E_USAGE', `--${name} must be a non-negative integer, not '${raw}'`);
  return n;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      sample: { type: 'string' },
      seed: { type: 'string' },
      size: { type: 'string' },
      report: { type: 'boolean' },
      show: { type: 'boolean' },
      force: { type: 'boolean' },
    },
  });
  const corpusPath = values.corpus ? resolve(values.corpus) : resolve(ROOT, '..', 'shared', 'corpus', 'bbc-2225.jsonl');
  const samplePath = values.sample ? resolve(values.sample) : join(ROOT, 'eval', 'precision-sample.json');
  const resultsPath = join(ROOT, 'eval', 'RESULTS.md');

  if (values.report) {
    const sample = parseSampleFile(readInputFile(samplePath), samplePath);
    const summary = summarizeJudgements(sample);
    const section = precisionSection(sample, summary);
    process.stdout.write(`${section.split('\n').slice(1, -1).join('\n')}\n`);
    const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '# Coding accuracy\n';
    writeFileSync(resultsPath, upsertPrecisionSection(previous, section));
    process.stderr.write(`updated ${resultsPath}\n`);
    return;
  }

  const articles = parseCorpus(readInputFile(corpusPath), corpusPath);

  if (values.show) {
    // `--show | head` closes the pipe early; that is not an error.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
    const sample = parseSampleFile(readInputFile(samplePath), samplePath);
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const e of sample.events) {
      const text = byId.get(e.articleId)?.text ?? '';
      const sentence = text.slice(e.sentenceStart, e.sentenceEnd);
      const at = e.triggerStart - e.sentenceStart;
      const marked = at >= 0 ? `${sentence.slice(0, at)}[[${sentence.slice(at, at + e.triggerEnd - e.triggerStart)}]]${sentence.slice(at + e.triggerEnd - e.triggerStart)}` : sentence;
      process.stdout.write(
        `#${e.n} ${e.articleId} s${e.sentence}  ${e.type}${e.mode ? `/${e.mode}` : ''} ${e.cameo} ${e.status}  ` +
          `${e.source ?? '—'} → ${e.target ?? '—'}  (${e.ruleId})  judgement: ${e.judgement ?? '?'}\n  ${marked}\n\n`,
      );
    }
    return;
  }

  if (existsSync(samplePath) && !values.force) {
    const old = parseSampleFile(readFileSync(samplePath, 'utf8'), samplePath);
    if (old.events.some((e) => e.judgement !== null)) {
      throw new EntenteError('E_USAGE', `${samplePath} already holds judgements; pass --force to draw a new sample over it`);
    }
  }
  const started = Date.now();
  const sample = drawPrecisionSample(articles, code, {
    corpus: relative(ROOT, corpusPath),
    seed: positiveInt('seed', values.seed, DEFAULT_SEED),
    size: positiveInt('size', values.size, DEFAULT_SIZE),
    commit: commitLabel(ROOT),
    dictionaryVersion: dictionaryVersion(ROOT),
    onProgress: (done, total) => {
      if (process.stderr.isTTY) process.stderr.write(`\rcoded ${done}/${total} articles`);
    },
  });
  if (sample.firstCoderFailure !== null) {
    process.stderr.write(`\nWARNING: the coder threw on ${sample.coderFailures} articles (first: ${sample.firstCoderFailure})`);
  }
  process.stderr.write(
    `\n${sample.population} asserted/reported events in ${sample.articles} articles, ${sample.duplicateArticles ?? 0} of them copies left out ` +
      `(${Date.now() - started} ms); sampled ${sample.events.length}\n`,
  );
  writeFileSync(samplePath, `${JSON.stringify(sample, null, 2)}\n`);
  process.stderr.write(`wrote ${samplePath}\n`);
}

try {
  main();
} catch (e) {
  if (isEntenteError(e)) {
    process.stderr.write(`${e.code}: ${e.message}\n`);
    process.exit(EXIT_CODES[e.code]);
  }
  throw e;
}
