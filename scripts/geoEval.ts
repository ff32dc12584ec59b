// Toponym recognition and geocoding against two public geoparsing sets (Gritta et al.):
//   ../shared/eval/geo/lgl.xml         588 local US news articles, every toponym with GeoNames coordinates
//   ../shared/eval/geo/geowebnews.xml  200 news articles, toponyms typed Literal / Metonymic / Demonym / …
// Prints recognition precision/recall/F1 (exact spans, and overlapping spans), geocoding accuracy
// within 161 km (100 miles) on recognised toponyms, and geocode() accuracy on the gold spans alone.
// Run: npx tsx scripts/geoEval.ts   (GEO_EVAL_SHOW=20 also prints 20 missed and 20 spurious contexts)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getGazetteer } from '../src/places/gazetteer.ts';
import { documentHints, findPlaces, geocode } from '../src/places/placeMatcher.ts';
import type { Location } from '../src/types.ts';

const GEO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/eval/geo');
const ACCURACY_KM = 161;
const SHOW = Number(process.env['GEO_EVAL_SHOW'] ?? 0);

interface GoldToponym {
  start: number;
  end: number;
  phrase: string;
  lat: number | null;
  lon: number | null;
  /** Counted as a toponym to find; other annotated spans are only excused in lenient precision. */
  scored: boolean;
}

interface Article {
  text: string;
  toponyms: GoldToponym[];
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/giu, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()] ?? '';
  });
}

function tag(xml: string, name: string): string | null {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([\\s\\S]*?))</${name}>`, 'u').exec(xml);
  if (!m) return null;
  return m[1] ?? decodeEntities(m[2] ?? '');
}

function num(s: string | null): number | null {
  if (s === null || s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

// GeoWebNews types that name a place (literally or by metonymy); demonyms, languages, homonyms,
// names embedded in non-place names ("Washington" in "Washington Post") and common-noun
// expressions are not toponyms for this evaluation.
const GWN_TOPONYM_TYPES = new Set(['Literal', 'Mixed', 'Metonymic', 'Coercion', 'Literal_Modifier', 'Non_Literal_Modifier', 'Embedded_Literal']);

function readArticles(file: string, kind: 'lgl' | 'gwn'): Article[] {
  const xml = readFileSync(file, 'utf8');
  const out: Article[] = [];
  for (const a of xml.matchAll(/<article\b[^>]*>([\s\S]*?)<\/article>/gu)) {
    const body = a[1] ?? '';
    const text = tag(body, 'text') ?? '';
    const toponyms: GoldToponym[] = [];
    for (const t of body.matchAll(/<toponym>([\s\S]*?)<\/toponym>/gu)) {
      const x = t[1] ?? '';
      const start = num(tag(x, 'start'));
      const end = num(tag(x, 'end'));
      if (start === null || end === null) continue;
      if (kind === 'lgl') {
        toponyms.push({ start, end, phrase: text.slice(start, end), lat: num(tag(x, 'lat')), lon: num(tag(x, 'lon')), scored: true });
      } else {
        const type = tag(x, 'type') ?? '';
        const adjective = tag(x, 'modifierType') === 'Adjective';
        toponyms.push({
          start, end, phrase: text.slice(start, end), lat: num(tag(x, 'latitude')), lon: num(tag(x, 'longitude')),
          scored: GWN_TOPONYM_TYPES.has(type) && !adjective && !(type.endsWith('Expression')),
        });
      }
    }
    out.push({ text, toponyms });
  }
  return out;
}

const NO_SPLIT_BEFORE = /(?:\b\p{Lu}\p{Ll}{0,2}|\b\p{L}|\.\p{L})$/u;

/** Rough sentence spans: line breaks, and . ! ? before a capital, except after initials and titles. */
function sentences(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const re = /\n+|[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\d])/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0][0] === '.' && NO_SPLIT_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const end = m[0][0] === '\n' ? m.index : m.index + 1;
    if (end > start) spans.push([start, end]);
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1) : '–');

function evaluate(label: string, articles: Article[], twoPass: boolean): void {
  let tp = 0, fp = 0, fpLenient = 0, overlapTp = 0, gold = 0, sentenceCount = 0, ms = 0;
  let geoHit = 0, geoTotal = 0, localHit = 0, localTotal = 0;
  const geoErrors: number[] = [];
  const missed = new Map<string, number>();
  const spurious = new Map<string, number>();
  const misplaced = new Map<string, number>();
  const examples: { missed: string[]; spurious: string[] } = { missed: [], spurious: [] };
  const context = (text: string, s: number, e: number): string =>
    JSON.stringify(`${text.slice(Math.max(0, s - 50), s)}[[${text.slice(s, e)}]]${text.slice(e, e + 30)}`);
  for (const a of articles) {
    const scored = a.toponyms.filter((t) => t.scored);
    gold += scored.length;
    let predicted: Location[] = [];
    const t0 = performance.now();
    const spans = sentences(a.text);
    for (const [s, e] of spans) predicted.push(...findPlaces(a.text, s, e));
    sentenceCount += spans.length;
    ms += performance.now() - t0;
    if (twoPass) {
      // Second pass with what the whole article says: the states and countries it names.
      const hints = documentHints(predicted);
      predicted = spans.flatMap(([s, e]) => findPlaces(a.text, s, e, hints));
    }
    const exact = new Map(scored.map((t) => [`${t.start}:${t.end}`, t]));
    const anyAnnotated = new Set(a.toponyms.map((t) => `${t.start}:${t.end}`));
    const found = new Set<GoldToponym>();
    for (const p of predicted) {
      const g = exact.get(`${p.start}:${p.end}`);
      if (g) {
        tp++;
        found.add(g);
        if (g.lat !== null && g.lon !== null) {
          geoTotal++;
          if (p.lat !== null && p.lon !== null) {
            const d = km(p.lat, p.lon, g.lat, g.lon);
            geoErrors.push(d);
            const local = p.precision === 'city' || p.precision === 'admin1';
            if (local) localTotal++;
            if (d <= ACCURACY_KM) {
              geoHit++;
              if (local) localHit++;
            } else {
              const k = `${p.text}→${p.name}/${p.country}`;
              misplaced.set(k, (misplaced.get(k) ?? 0) + 1);
            }
          }
        }
      } else {
        fp++;
        if (!anyAnnotated.has(`${p.start}:${p.end}`)) {
          fpLenient++;
          spurious.set(p.text, (spurious.get(p.text) ?? 0) + 1);
          if (examples.spurious.length < SHOW) examples.spurious.push(`${context(a.text, p.start, p.end)} → ${p.name}/${p.country}`);
        }
      }
    }
    for (const g of scored) {
      if (found.has(g)) continue;
      if (predicted.some((p) => p.start < g.end && g.start < p.end)) overlapTp++;
      else {
        missed.set(g.phrase, (missed.get(g.phrase) ?? 0) + 1);
        if (examples.missed.length < SHOW) examples.missed.push(context(a.text, g.start, g.end));
      }
    }
  }
  // geocode() on the gold spans alone: the geocoder without the recogniser.
  let spanHit = 0, spanTotal = 0, spanNull = 0;
  for (const a of articles) {
    for (const t of a.toponyms) {
      if (!t.scored || t.lat === null || t.lon === null) continue;
      spanTotal++;
      const g = geocode(t.phrase);
      if (!g || g.lat === null || g.lon === null) spanNull++;
      else if (km(g.lat, g.lon, t.lat, t.lon) <= ACCURACY_KM) spanHit++;
    }
  }
  const p = tp / (tp + fp), r = tp / gold, f = (2 * p * r) / (p + r);
  const pl = tp / (tp + fpLenient), ro = (tp + overlapTp) / gold;
  const top = (m: Map<string, number>): string => [...m].sort((x, y) => y[1] - x[1]).slice(0, 15).map(([k, v]) => `${k}×${v}`).join(', ');
  console.log(`\n${label}${twoPass ? ' (two passes, article hints)' : ''}: ${articles.length} articles, ${sentenceCount} sentences, ${gold} gold toponyms`);
  console.log(`  recognition (exact span)  P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}   [tp ${tp}, fp ${fp}]`);
  console.log(`  lenient: P ignoring other annotated spans ${pct(pl)}; R counting overlaps ${pct(ro)}`);
  console.log(`  geocoding of recognised toponyms: acc@${ACCURACY_KM}km ${pct(geoHit / geoTotal)} (${geoHit}/${geoTotal}), median error ${median(geoErrors).toFixed(0)} km`);
  console.log(`    of which cities and states: acc@${ACCURACY_KM}km ${pct(localHit / localTotal)} (${localHit}/${localTotal}); ` +
    'countries and regions are points whose convention differs from GeoNames\'');
  console.log(`  geocode() on gold spans: acc@${ACCURACY_KM}km ${pct(spanHit / spanTotal)} (${spanHit}/${spanTotal}), unknown ${spanNull}`);
  console.log(`  findPlaces throughput: ${Math.round(sentenceCount / (ms / 1000))} sentences/s`);
  console.log(`  most missed: ${top(missed)}`);
  console.log(`  most spurious: ${top(spurious)}`);
  console.log(`  most misplaced (> ${ACCURACY_KM} km): ${top(misplaced)}`);
  for (const m of examples.missed) console.log(`    missed ${m}`);
  for (const m of examples.spurious) console.log(`    spurious ${m}`);
}

function main(): void {
  const files = { lgl: join(GEO_DIR, 'lgl.xml'), gwn: join(GEO_DIR, 'geowebnews.xml') };
  if (!existsSync(files.lgl) || !existsSync(files.gwn)) {
    console.log(`geoEval skipped: ${GEO_DIR} (shared evaluation data) is absent.`);
    return;
  }
  const t0 = performance.now();
  const heap0 = process.memoryUsage().heapUsed;
  const g = getGazetteer();
  (globalThis as { gc?: () => void }).gc?.();
  console.log(`gazetteer: ${g.stats.countries} countries, ${g.stats.admin1} admin1/regions, ${g.stats.cities} cities, ` +
    `${g.stats.keys} keys; built in ${Math.round(performance.now() - t0)} ms; ` +
    `heap +${Math.round((process.memoryUsage().heapUsed - heap0) / 1e6)} MB${(globalThis as { gc?: unknown }).gc ? ' after GC' : ' (run with --expose-gc for the retained size)'}`);
  const lgl = readArticles(files.lgl, 'lgl');
  const gwn = readArticles(files.gwn, 'gwn');
  evaluate('LGL', lgl, false);
  evaluate('LGL', lgl, true);
  evaluate('GeoWebNews', gwn, false);
  evaluate('GeoWebNews', gwn, true);
}

main();
