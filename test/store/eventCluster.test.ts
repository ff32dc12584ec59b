// The cross-article clustering rule, on hand-built events (no coder involved).
import { describe, expect, it } from 'vitest';
import { clusterEvents, clusterKey, dateInterval, mentionEventRow, sameEvent, type ClusterMention } from '../../src/store/eventCluster.ts';
import { event, type EventSpec } from './builders.ts';

let n = 0;
function m(spec: EventSpec, articleId = `art${++n}`, outlet: string | null = `Outlet ${articleId}`, published = '2025-09-01'): ClusterMention {
  return { id: `${articleId}:0`, articleId, outlet, published, event: event(spec) };
}

function clusterSizes(mentions: ClusterMention[]): number[] {
  return clusterEvents(mentions).clusters.map((c) => c.row.num_mentions).sort();
}

describe('one event reported three ways', () => {
  // "Putin met Xi in Tianjin on Sunday" / "Xi held talks with the Kremlin on Monday" /
  // "Chinese and Russian leaders met on 30 August" (Beijing → Moscow).
  const mentions = [
    m({ source: 'putin', target: 'xi', date: '2025-08-31', place: 'tianjin' }, 'a1', 'Agency A', '2025-09-01'),
    m({ source: 'xi', target: 'kremlin', date: '2025-09-01' }, 'a2', 'Paper B', '2025-09-02'),
    m({ source: 'beijing', target: 'kremlin', date: '2025-08-30', place: 'china' }, 'a3', 'Site C', '2025-08-31'),
  ];
  const result = clusterEvents(mentions);

  it('makes one event with every mention, article and outlet counted', () => {
    expect(result.clusters).toHaveLength(1);
    const c = result.clusters[0]!;
    expect(c.row).toMatchObject({ type: 'CONSULT', num_mentions: 3, num_articles: 3, num_sources: 3 });
    expect(new Set(result.assignments.values())).toEqual(new Set([c.row.id]));
  });

  it('keeps the first mention’s actors, the most precise place and the earliest article', () => {
    const c = result.clusters[0]!;
    expect(c.row).toMatchObject({ source_id: 'putin', target_id: 'xi', location_name: 'Tianjin', date: '2025-08-31', first_article_id: 'a3' });
  });

  it('counts sources by outlet, not by article', () => {
    const same = clusterEvents([
      m({}, 'b1', 'Wire', '2025-09-01'),
      m({}, 'b2', 'Wire', '2025-09-01'),
      m({}, 'b3', null, '2025-09-01'),
    ]).clusters;
    expect(same).toHaveLength(1);
    expect(same[0]!.row).toMatchObject({ num_mentions: 3, num_articles: 3, num_sources: 1 });
  });
});

describe('two distinct events that look alike', () => {
  it('separates the same strike on dates three weeks apart', () => {
    expect(
      clusterSizes([
        m({ type: 'ASSAULT', source: 'rusmil', target: 'ukraine', date: '2025-08-01', place: 'kharkiv' }),
        m({ type: 'ASSAULT', source: 'rusmil', target: 'ukraine', date: '2025-08-20', place: 'kharkiv' }),
      ]),
    ).toEqual([1, 1]);
  });

  it('separates an attack from the counter-attack (directed type, swapped actors)', () => {
    expect(
      clusterSizes([
        m({ type: 'ASSAULT', source: 'rusmil', target: 'ukrmil', date: '2025-08-01' }),
        m({ type: 'ASSAULT', source: 'ukrmil', target: 'rusmil', date: '2025-08-01' }),
      ]),
    ).toEqual([1, 1]);
  });

  it('separates meetings in different countries on the same day', () => {
    expect(
      clusterSizes([m({ date: '2025-08-31', place: 'tianjin' }), m({ date: '2025-08-31', place: 'moscow' })]),
    ).toEqual([1, 1]);
  });
});

describe('the rule, case by case', () => {
  const table: Array<[string, EventSpec, EventSpec, boolean]> = [
    ['same day', {}, {}, true],
    ['two days apart (tolerance)', { date: '2025-08-31' }, { date: '2025-09-02' }, true],
    ['three days apart', { date: '2025-08-31' }, { date: '2025-09-03' }, false],
    ['month precision covers the day', { date: '2025-08-01', precision: 'month' }, { date: '2025-08-31' }, true],
    ['month precision, next month', { date: '2025-07-01', precision: 'month' }, { date: '2025-08-31' }, false],
    ['"before" only with "before"', { date: '2025-08-31', precision: 'before' }, { date: '2025-08-31' }, false],
    ['"before" with "before"', { date: '2025-08-31', precision: 'before' }, { date: '2025-09-01', precision: 'before' }, true],
    ['symmetric type, swapped', { source: 'putin', target: 'xi' }, { source: 'xi', target: 'putin' }, true],
    ['symmetric type, metonym', { source: 'putin', target: 'xi' }, { source: 'kremlin', target: 'beijing' }, true],
    ['country without sector matches a sector', { source: 'russia', target: 'xi' }, { source: 'kremlin', target: 'xi' }, true],
    ['different sectors', { type: 'ASSAULT', source: 'rusmil', target: 'ukraine' }, { type: 'ASSAULT', source: 'kremlin', target: 'ukraine' }, false],
    ['organisation', { type: 'SANCTION', source: 'eu', target: 'russia' }, { type: 'SANCTION', source: 'eu', target: 'kremlin' }, true],
    ['different organisation', { type: 'SANCTION', source: 'eu', target: 'russia' }, { type: 'SANCTION', source: 'nato', target: 'russia' }, false],
    ['different type', { type: 'CONSULT' }, { type: 'AGREE' }, false],
    ['one place unknown', { place: 'tianjin' }, { place: null }, true],
    ['asserted and reported', { status: 'asserted' }, { status: 'reported' }, true],
    ['future never merges with asserted', { status: 'future' }, { status: 'asserted' }, false],
    ['future with future', { status: 'future' }, { status: 'future' }, true],
    ['negated never merges with asserted', { status: 'negated' }, { status: 'asserted' }, false],
    ['missing target vs known target', { type: 'ASSAULT', source: 'rusmil', target: null }, { type: 'ASSAULT', source: 'rusmil' }, false],
    ['no actors, same named place', { source: null, target: null, place: 'kharkiv' }, { source: null, target: null, place: 'kharkiv' }, true],
    ['no actors, no place', { source: null, target: null }, { source: null, target: null }, false],
  ];
  it.each(table)('%s', (_name, a, b, same) => {
    const ra = mentionEventRow(m(a));
    const rb = mentionEventRow(m(b));
    expect(sameEvent(ra, rb)).toBe(same);
    // Whatever matches must share the lookup key, or the store would never find it.
    if (same) expect(clusterKey(ra)).toBe(clusterKey(rb));
  });

  it('attaches to the nearest-dated of two candidate clusters', () => {
    const r = clusterEvents([
      m({ date: '2025-08-01' }, 'c1'),
      m({ date: '2025-08-05' }, 'c2'),
      m({ date: '2025-08-04' }, 'c3'),
    ]);
    expect(r.clusters).toHaveLength(2);
    expect(r.assignments.get('c3:0')).toBe(r.assignments.get('c2:0'));
  });

  it('takes a more precise date from a later mention', () => {
    const r = clusterEvents([m({ date: '2025-08-01', precision: 'month' }, 'd1'), m({ date: '2025-08-14' }, 'd2')]);
    expect(r.clusters).toHaveLength(1);
    expect(r.clusters[0]!.row).toMatchObject({ date: '2025-08-14', date_precision: 'day' });
  });

  it('is deterministic: ids derive from the first mention', () => {
    const a = clusterEvents([m({}, 'e1'), m({}, 'e2')]);
    const b = clusterEvents([m({}, 'e1'), m({}, 'e2')]);
    expect([...a.assignments]).toEqual([...b.assignments]);
  });

  it('date intervals follow precision', () => {
    const day = (s: string) => dateInterval(s, 'day')![0];
    expect(dateInterval('2025-02-01', 'month')).toEqual([day('2025-02-01'), day('2025-02-28')]);
    expect(dateInterval('2024-01-01', 'year')).toEqual([day('2024-01-01'), day('2024-12-31')]);
    expect(dateInterval('2025-08-25', 'week')).toEqual([day('2025-08-25'), day('2025-08-31')]);
    expect(dateInterval(null, 'day')).toBeNull();
  });
});
