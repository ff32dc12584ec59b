// A tiny deterministic coder for ingestion tests, so they do not depend on the real coder's output.
// It codes sentences of the form "<Actor> <verb> <Actor> on YYYY-MM-DD [in <Place>]." with a handful of
// names and verbs, and records the options it was called with.
import type { Actor, CodedEvent, CodeOptions, CodeResult, Location, PloverType, SentenceInfo } from '../../src/types.ts';

const NAMES: Record<string, Omit<Actor, 'text' | 'start' | 'end'>> = {
  putin: { id: 'putin', name: 'Vladimir Putin', country: 'RUS', org: null, sector: 'GOV', role: 'head of state' },
  'the kremlin': { id: 'RUS:GOV', name: 'Russia', country: 'RUS', org: null, sector: 'GOV', role: null },
  moscow: { id: 'RUS:GOV', name: 'Russia', country: 'RUS', org: null, sector: 'GOV', role: null },
  russia: { id: 'RUS', name: 'Russia', country: 'RUS', org: null, sector: null, role: null },
  xi: { id: 'xi', name: 'Xi Jinping', country: 'CHN', org: null, sector: 'GOV', role: 'head of state' },
  beijing: { id: 'CHN:GOV', name: 'China', country: 'CHN', org: null, sector: 'GOV', role: null },
  ukraine: { id: 'UKR', name: 'Ukraine', country: 'UKR', org: null, sector: null, role: null },
  'the eu': { id: 'EU', name: 'European Union', country: null, org: 'EU', sector: null, role: null },
};

const VERBS: Record<string, [PloverType, string, 1 | 2 | 3 | 4, number]> = {
  met: ['CONSULT', '040', 1, 1],
  'held talks with': ['CONSULT', '043', 1, 1],
  sanctioned: ['SANCTION', '163', 3, -8],
  attacked: ['ASSAULT', '190', 4, -10],
  criticised: ['ACCUSE', '111', 3, -2],
};

const PLACES: Record<string, Omit<Location, 'text' | 'start' | 'end'>> = {
  tianjin: { name: 'Tianjin', country: 'CHN', admin1: 'Tianjin', lat: 39.13, lon: 117.2, precision: 'city' },
  kharkiv: { name: 'Kharkiv', country: 'UKR', admin1: null, lat: 49.99, lon: 36.23, precision: 'city' },
  moscow: { name: 'Moscow', country: 'RUS', admin1: null, lat: 55.75, lon: 37.62, precision: 'city' },
};

const names = Object.keys(NAMES).sort((a, b) => b.length - a.length).join('|');
const verbs = Object.keys(VERBS).join('|');
const PATTERN = new RegExp(`\\b(${names})\\s+(${verbs})\\s+(${names})\\s+on\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+in\\s+(\\w+))?`, 'gi');

export interface FakeCoder {
  (text: string, options: CodeOptions): CodeResult;
  calls: Array<{ text: string; options: CodeOptions }>;
}

export function createFakeCoder(options: { delayMs?: number } = {}): FakeCoder {
  const calls: FakeCoder['calls'] = [];
  const coder = ((text: string, opts: CodeOptions): CodeResult => {
    calls.push({ text, options: opts });
    if (options.delayMs) {
      const until = Date.now() + options.delayMs;
      while (Date.now() < until) {
        // A slow coder, so a child process can be killed mid-run.
      }
    }
    const sentences: SentenceInfo[] = [];
    const re = /[^.!?]+[.!?]?/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].trim() === '') continue;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      sentences.push({ index: sentences.length, start, end: m.index + m[0].trimEnd().length, text: m[0].trim(), commentary: false });
    }
    const events: CodedEvent[] = [];
    for (const s of sentences) {
      PATTERN.lastIndex = 0;
      let e: RegExpExecArray | null;
      while ((e = PATTERN.exec(s.text)) !== null) {
        const [, src, verb, tgt, date, loc] = e as unknown as [string, string, string, string, string, string | undefined];
        const base = s.start + e.index;
        const srcStart = base;
        const verbStart = base + e[0].indexOf(verb, src.length);
        const tgtStart = base + e[0].indexOf(tgt, src.length + verb.length);
        const [type, cameo, quadClass, goldstein] = VERBS[verb.toLowerCase()] as [PloverType, string, 1 | 2 | 3 | 4, number];
        const mk = (name: string, start: number): Actor => ({ ...(NAMES[name.toLowerCase()] as Actor), text: name, start, end: start + name.length });
        const placeInfo = loc ? PLACES[loc.toLowerCase()] : undefined;
        const locStart = loc ? base + e[0].lastIndexOf(loc) : 0;
        events.push({
          id: `e${events.length + 1}`,
          articleId: opts.articleId ?? null,
          type,
          mode: null,
          cameo,
          quadClass,
          goldstein,
          source: mk(src, srcStart),
          target: mk(tgt, tgtStart),
          location: placeInfo && loc ? { ...placeInfo, text: loc, start: locStart, end: locStart + loc.length } : null,
          date: { value: date, precision: 'day', text: date },
          status: 'asserted',
          attribution: null,
          evidence: [
            { sentence: s.index, text: s.text, start: s.start, end: s.end, trigger: { text: verb, start: verbStart, end: verbStart + verb.length }, ruleId: `fake.${type.toLowerCase()}` },
          ],
          ruleId: `fake.${type.toLowerCase()}`,
          dictionaryVersion: 'fake-1',
        });
      }
    }
    return { events, sentences, warnings: [] };
  }) as FakeCoder;
  coder.calls = calls;
  return coder;
}
