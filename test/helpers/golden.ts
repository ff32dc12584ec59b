// Golden files for whole-pipeline output (STYLE.md): output is made stable (sorted, ids renumbered,
// no copied sentence text — offsets and codes only) and compared; on mismatch a `.changed.json` is
// written beside the golden so the difference can be inspected and, if right, accepted by copying it.
import { existsSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { expect } from 'vitest';
import type { Actor, CodedEvent } from '../../src/types.ts';

function actorCodes(a: Actor | null): unknown {
  if (!a) return null;
  return { start: a.start, end: a.end, id: a.id, name: a.name, country: a.country, org: a.org, sector: a.sector, role: a.role };
}

export function stableEvents(events: CodedEvent[]): unknown[] {
  const rows = events.map((e) => ({
    type: e.type,
    mode: e.mode,
    cameo: e.cameo,
    quadClass: e.quadClass,
    goldstein: e.goldstein,
    status: e.status,
    source: actorCodes(e.source),
    target: actorCodes(e.target),
    location: e.location ? { start: e.location.start, end: e.location.end, name: e.location.name, country: e.location.country, precision: e.location.precision, lat: e.location.lat, lon: e.location.lon } : null,
    date: e.date ? { value: e.date.value, precision: e.date.precision } : null,
    attribution: e.attribution ? { speaker: actorCodes(e.attribution.speaker), channel: e.attribution.channel } : null,
    evidence: e.evidence.map((v) => ({ sentence: v.sentence, start: v.start, end: v.end, trigger: { start: v.trigger.start, end: v.trigger.end }, ruleId: v.ruleId })),
    ruleId: e.ruleId,
  }));
  rows.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || a.type.localeCompare(b.type));
  return rows.map((r, i) => ({ n: i + 1, ...r }));
}

export function expectGolden(path: string, value: unknown): void {
  const changed = path.replace(/\.json$/, '.changed.json');
  const json = `${JSON.stringify(value, null, 2)}\n`;
  if (!existsSync(path)) {
    writeFileSync(path, json);
    return;
  }
  const golden = readFileSync(path, 'utf8');
  if (golden !== json) {
    writeFileSync(changed, json);
    expect(JSON.parse(json), `output differs from ${path}; see ${changed}`).toEqual(JSON.parse(golden));
  } else if (existsSync(changed)) {
    unlinkSync(changed);
  }
}
