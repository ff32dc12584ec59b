// The dashboard in a real browser (Debian's chromium driven by playwright-core) over the demo database:
// overview, triangle view with its slider, event evidence, dyad buckets, map, the code box, and an
// article carrying <script> and <img onerror> that must stay text. Screenshots go to
// test-output/screenshots/ for a person to look at.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../../src/api/serve.ts';
import { runDemo } from '../../src/cli/commands/demo.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../test-output/screenshots', import.meta.url));
const TOKEN = 'browser-test-token';

/** A locator's text, trimmed, for `expect.poll` (vitest has no locator matchers). */
const textOf = async (l: Locator) => ((await l.textContent()) ?? '').trim();

const available = existsSync(CHROMIUM);
if (!available) console.log(`skipping the browser tests: ${CHROMIUM} is absent (apt-get install -y chromium)`);

describe.skipIf(!available)('dashboard in chromium', () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const open = async (hash: string) => {
    await page.goto(`${server.url}/${hash}`);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'entente-browser-'));
    mkdirSync(SHOTS, { recursive: true });
    const db = join(dir, 'demo.duckdb');
    const sink = new Writable({ write: (_c, _e, done) => done() });
    await runDemo({ db, fresh: true, json: true }, { stdout: sink, stderr: sink as unknown as NodeJS.WriteStream });
    const outDir = join(dir, 'dist');
    await build({ root: WEB_ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    server = await serve({ db, port: 0, token: TOKEN, webRoot: outDir, log: () => undefined, handleSignals: false });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('overview: corpus size, a chart of events over time, top dyads, latest events', async () => {
    await open('#/overview');
    await page.locator('[data-testid=overview-chart] canvas').waitFor();
    await expect.poll(() => textOf(page.locator('.card').first())).toContain('66');
    expect(await page.locator('[data-testid=top-dyads] tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('[data-testid=latest-events] tbody tr').count()).toBe(10);
    // The legend names the four QuadClasses the bars are stacked by.
    await expect.poll(() => textOf(page.locator('[data-testid=overview-chart] .u-legend'))).toContain('Material conflict');
    await shot('overview');
  });

  it('triangle RUS–CHN–USA: signed edges, a class per window, a slider, top events one click away', async () => {
    await open('#/triangle?a=RUS&b=CHN&c=USA');
    await page.locator('[data-testid=triangle-svg]').waitFor();
    const label = page.locator('[data-testid=window-label]');
    const before = await label.textContent();
    // The default window is the latest one with a class: all three edges signed.
    await expect.poll(() => textOf(page.locator('[data-testid=dittmer-class]'))).not.toContain('indeterminate');
    expect(await page.locator('[data-testid=triangle-svg] g.edge.sign-insufficient').count()).toBe(0);
    await shot('triangle');

    const slider = page.locator('[data-testid=window-slider]');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => textOf(label)).toContain('window 1 of');
    expect(await label.textContent()).not.toBe(before);
    await page.keyboard.press('End');
    await expect.poll(() => textOf(label)).not.toContain('window 1 of');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('[data-testid=class-strip] button.current').count()).toBe(1);

    // Back to a classified window; the RUS–USA edge (a–c) lists its most salient events.
    await open('#/triangle?a=RUS&b=CHN&c=USA');
    await page.locator('[data-testid=triangle-svg] g.edge[data-edge="2"]').click();
    const refs = page.locator('[data-testid=edge-events] li a');
    await refs.first().waitFor();
    expect(await refs.count()).toBeGreaterThan(0);
    await shot('triangle-edge');
  });

  it('event detail: the sentence with trigger, actors and place marked, status, rule and article link', async () => {
    await open('#/triangle?a=RUS&b=CHN&c=USA');
    await page.locator('[data-testid=triangle-svg] g.edge[data-edge="0"]').click();
    await page.locator('[data-testid=edge-events] li a').first().click();
    await page.locator('[data-testid=event-detail]').waitFor();
    const evidence = page.locator('[data-testid=evidence]').first();
    const sentence = (await evidence.textContent()) ?? '';
    const trigger = ((await evidence.locator('mark.hl-trigger').first().textContent()) ?? '').trim();
    expect(trigger.length).toBeGreaterThan(0);
    expect(sentence).toContain(trigger);
    // Both actors may be one phrase ("The two leaders"), so one actor mark at least.
    expect(await evidence.locator('mark.hl-actor').count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => textOf(page.locator('[data-testid=read-as]').first())).toMatch(/→/);
    await expect.poll(() => textOf(page.locator('[data-testid=event-status]'))).toMatch(/asserted|reported|historical/);
    await expect.poll(() => page.locator('[data-testid=mention] header a').first().getAttribute('href')).toMatch(/^#\/article\//);
    await expect.poll(() => textOf(page.locator('[data-testid=mention-meta]').first())).toContain('rule');
    await shot('event');
  });

  it('dyad view: Goldstein and QuadClass charts; clicking a bucket lists its events', async () => {
    const series = (await (await fetch(`${server.url}/api/dyads?a=RUS&b=USA&by=month`)).json()) as { buckets: { start: string; events: number }[] };
    await open('#/dyad?a=RUS&b=USA&by=month');
    const over = page.locator('[data-testid=dyad-quads] .u-over');
    // Wait for the change points too: the charts are redrawn once they arrive.
    await page.locator('[data-testid=change-points]').waitFor();
    await over.waitFor();
    await expect.poll(() => textOf(page.locator('[data-testid=dyad-goldstein] .u-title'))).toContain('Goldstein');
    // Click the busiest month: its x position is its share of the time axis.
    const days = series.buckets.map((b) => Date.parse(b.start));
    const busiest = series.buckets.reduce((m, b) => (b.events > m.events ? b : m));
    const box = (await over.boundingBox())!;
    const frac = (Date.parse(busiest.start) - Math.min(...days)) / (Math.max(...days) - Math.min(...days));
    await over.click({ position: { x: frac * box.width, y: box.height / 2 } });
    const rows = page.locator('[data-testid=bucket-events] tbody tr');
    await rows.first().waitFor();
    await expect.poll(() => textOf(page.locator('[data-testid=bucket-events] h2'))).toContain(busiest.start);
    expect(await rows.count()).toBe(busiest.events);
    await shot('dyad');

    // Russia with anyone: the change points the API finds are listed and drawn.
    const cp = (await (await fetch(`${server.url}/api/changepoints?a=RUS&b=*&by=month`)).json()) as { changes: { date: string }[] };
    await open('#/dyad?a=RUS&b=*&by=month');
    await page.locator('[data-testid=change-points]').waitFor();
    await page.locator('[data-testid=dyad-goldstein] canvas').waitFor();
    if (cp.changes.length > 0) await expect.poll(() => page.locator('[data-testid=change-points] li').count()).toBe(cp.changes.length);
    await shot('dyad-changes');
  });

  it('map: event locations on the shipped world geometry', async () => {
    await open('#/map');
    await page.locator('[data-testid=map-svg] .place circle').first().waitFor();
    expect(await page.locator('[data-testid=map-svg] path.country').count()).toBeGreaterThan(100);
    expect(await page.locator('[data-testid=map-svg] .place circle').count()).toBeGreaterThanOrEqual(10);
    await page.locator('[data-testid=map-svg] .place circle').first().click({ force: true });
    await page.locator('[data-testid=place-events] tbody tr').first().waitFor();
    await shot('map');
  });

  it('event table: filters from the address, and paging', async () => {
    await open('#/events?dyad=RUS-USA&sort=date');
    const total = page.locator('[data-testid=events-total]');
    await expect.poll(() => textOf(total)).toContain('match');
    expect(await page.locator('[data-testid=events-table] tbody tr').count()).toBeGreaterThan(5);
    await shot('events');
  });

  it('code your own text: events with the evidence marked', async () => {
    await open('#/code');
    await page.locator('[data-testid=code-text]').fill('Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing on Tuesday.');
    await page.locator('[data-testid=code-date]').fill('2025-03-04');
    await page.locator('[data-testid=code-submit]').click();
    const ev = page.locator('[data-testid=coded-event]').first();
    await ev.waitFor();
    await expect.poll(() => textOf(ev)).toContain('CONSULT');
    await expect.poll(() => textOf(ev.locator('mark.hl-trigger'))).toBe('held talks');
    await expect.poll(() => textOf(ev.locator('mark.hl-place'))).toBe('Beijing');
    await shot('code');
  });

  it('untrusted article text stays text: <script> and <img onerror> do not run', async () => {
    const payload =
      'Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing on Tuesday <script>window.__xss = 1</script>. ' +
      'Officials quoted <img src=x onerror="window.__xss = 2; alert(document.domain)"> in their statement.';
    const res = await fetch(`${server.url}/api/ingest`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ articles: [{ id: 'xss-1', title: 'Talks <img src=x onerror="window.__xss = 3">', published: '2025-03-04', text: payload }] }),
    });
    expect(res.status).toBe(200);
    const { articles } = (await res.json()) as { articles: { id: string; events: number }[] };
    expect(articles[0]?.events).toBeGreaterThan(0);

    await open(`#/article/${articles[0]?.id}`);
    const text = page.locator('[data-testid=article-text]');
    await text.waitFor();
    await expect.poll(() => textOf(text)).toContain('<script>window.__xss = 1</script>');
    await expect.poll(() => textOf(text)).toContain('<img src=x onerror=');
    await expect.poll(() => textOf(page.locator('[data-testid=article-title]'))).toContain('<img src=x');
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(await text.locator('mark.hl-trigger').count()).toBeGreaterThan(0);
    await shot('article-untrusted');

    await text.locator('mark.hl-trigger').first().click();
    await page.locator('[data-testid=evidence]').first().waitFor();
    await expect.poll(() => textOf(page.locator('[data-testid=evidence]').first())).toContain('<script>');

    await open('#/code');
    await page.locator('[data-testid=code-text]').fill(payload);
    await page.locator('[data-testid=code-submit]').click();
    await page.locator('[data-testid=coded-event]').first().waitFor();
    await expect.poll(() => textOf(page.locator('[data-testid=coded-event]').first())).toContain('<script>');

    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('main script, main img').count()).toBe(0);
  });

  it('raised no script errors on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
