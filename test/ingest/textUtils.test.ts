// Identity, language and near-duplicate primitives, as tables of [input, expected].
import { describe, expect, it } from 'vitest';
import { detectLanguage, isCodable } from '../../src/ingest/language.ts';
import { bandKeys, decodeSignature, encodeSignature, MINHASH, mix32, shingleHashes, signature, similarity } from '../../src/ingest/minhash.ts';
import { cleanText, contentHash, hostOf, normaliseForHash, toIsoDate } from '../../src/ingest/normalise.ts';

describe('normalisation and identity', () => {
  it.each([
    ['Putin’s  aide\n said “yes”', "putin's aide said \"yes\""],
    ['  Xi\u00a0Jinping — president ', 'xi jinping - president'],
    ['ＡＢＣ', 'abc'],
  ])('%j → %j', (input, expected) => expect(normaliseForHash(input)).toBe(expected));

  it('gives the same id to texts that differ only in spacing, case and quote style', () => {
    expect(contentHash('Putin met Xi.\n\nThey  talked.')).toBe(contentHash("putin met xi. they talked."));
    expect(contentHash('Putin met Xi.')).not.toBe(contentHash('Putin met Modi.'));
    expect(contentHash('x')).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each([
    ['2025-09-01', '2025-09-01'],
    ['2025-09-01T23:30:00Z', '2025-09-01'],
    ['Mon, 01 Sep 2025 08:00:00 GMT', '2025-09-01'],
    ['2025-02-30', null],
    ['yesterday', null],
    ['', null],
    [null, null],
  ])('toIsoDate(%j) = %j', (input, expected) => expect(toIsoDate(input)).toBe(expected));

  it('cleans text without changing its content', () => {
    expect(cleanText('\uFEFF Line one\r\nLine two\r\n\n')).toBe('Line one\nLine two');
  });

  it('derives outlets from URLs', () => {
    expect(hostOf('https://www.example.org/a/b')).toBe('example.org');
    expect(hostOf('not a url')).toBeNull();
    expect(hostOf(null)).toBeNull();
  });
});

describe('language detection', () => {
  it.each([
    ['The foreign minister said on Tuesday that the talks had been useful and would continue next week.', 'en'],
    ['Le ministre a déclaré mardi que les discussions avaient été utiles et qu’elles se poursuivraient.', 'fr'],
    ['Der Außenminister sagte am Dienstag, dass die Gespräche nützlich gewesen seien und fortgesetzt würden.', 'de'],
    ['El ministro dijo el martes que las conversaciones habían sido útiles y que continuarían la próxima semana.', 'es'],
    ['Il ministro ha detto martedì che i colloqui sono stati utili e che continueranno la prossima settimana.', 'it'],
    ['O ministro disse na terça-feira que as conversas foram úteis e que vão continuar na próxima semana.', 'pt'],
    ['Министр иностранных дел заявил во вторник, что переговоры были полезными.', 'ru'],
    ['外交部长星期二表示，会谈是有益的，并将于下周继续。', 'zh'],
    ['وقال وزير الخارجية يوم الثلاثاء إن المحادثات كانت مفيدة', 'ar'],
    ['Putin meets Xi', 'und'],
    ['12345 67890', 'und'],
  ])('%s → %s', (text, lang) => expect(detectLanguage(text).language).toBe(lang));

  it('codes English and too-short Latin text, not other languages', () => {
    expect(isCodable(detectLanguage('Putin meets Xi'))).toBe(true);
    expect(isCodable(detectLanguage('The talks were useful and they will continue next week in the capital.'))).toBe(true);
    expect(isCodable(detectLanguage('Les discussions ont été utiles et elles se poursuivront la semaine prochaine.'))).toBe(false);
  });
});

describe('MinHash near-duplicates', () => {
  const base =
    'The foreign ministers of the two countries met in Geneva on Thursday for their first formal talks in more than a year, ' +
    'officials said, describing the session as frank and useful. A further round is expected before the summer, according to ' +
    'diplomats familiar with the preparations, who spoke on condition of anonymity because the schedule has not been announced.';
  const sig = (t: string) => signature(shingleHashes(normaliseForHash(t))!);

  it('rates a syndicated copy with a new dateline and credit as similar', () => {
    const copy = `GENEVA (Wire) - ${base} Reporting by a staff correspondent.`;
    expect(similarity(sig(base), sig(copy))).toBeGreaterThanOrEqual(MINHASH.threshold);
  });

  it('rates a different report on the same subject as dissimilar', () => {
    const other =
      'Two foreign ministers held talks in Geneva on Thursday. It was their first meeting in a year. Officials called the ' +
      'discussions frank. More talks could follow in the summer, diplomats said, though no date has been set by either side.';
    expect(similarity(sig(base), sig(other))).toBeLessThan(0.5);
  });

  it('skips texts too short to judge', () => {
    expect(shingleHashes(normaliseForHash('Putin met Xi in Tianjin on Sunday.'))).toBeNull();
  });

  it('keeps the signature values of databases written before (stored signatures stay comparable)', () => {
    // Reference: the signature as first written, one seeded mix32 per shingle and hash function.
    const seeds = Array.from({ length: MINHASH.permutations }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9)));
    const shingles = shingleHashes(normaliseForHash(base))!;
    const reference = Uint32Array.from(seeds, (seed) => Math.min(...Array.from(shingles, (x) => mix32(x ^ seed))));
    expect(signature(shingles)).toEqual(reference);
    // Hash values across the whole unsigned range, including ones with the top bit set.
    const edge = Uint32Array.from([0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0xdeadbeef]);
    expect(signature(edge)).toEqual(Uint32Array.from(seeds, (seed) => Math.min(...Array.from(edge, (x) => mix32(x ^ seed)))));
    // A value pinned from the first implementation.
    const pinned = 'The foreign ministers of both countries met in the capital on Tuesday to discuss the border, trade routes and the release of detained fishermen, officials said after the talks ended late in the evening.';
    expect(encodeSignature(sig(pinned)).slice(0, 32)).toBe('032c32a010db69fd05fad4b90202d59a');
  });

  it('has stable band keys that are safe integers, and signatures that survive encoding', () => {
    const s = sig(base);
    const keys = bandKeys(s);
    expect(keys).toHaveLength(MINHASH.bands);
    for (const k of keys) expect(Number.isSafeInteger(k)).toBe(true);
    expect(bandKeys(sig(base))).toEqual(keys);
    expect(decodeSignature(encodeSignature(s))).toEqual(s);
  });
});
