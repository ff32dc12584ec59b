// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item/entry, text from content:encoded,
// content or description/summary, date from pubDate/dc:date/published/updated, outlet from the channel title.
import { XMLParser } from 'fast-xml-parser';
import { htmlToText } from './htmlText.ts';
import type { RawArticle } from '../types.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Feeds with one item must still give a list.
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  processEntities: true,
  htmlEntities: true,
});

type Node = Record<string, unknown>;

export function looksLikeFeed(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(text);
}

function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (typeof v === 'object') return str((v as Node)['#text']);
  return null;
}

function atomLink(v: unknown): string | null {
  const links = (Array.isArray(v) ? v : [v]) as unknown[];
  for (const l of links) {
    if (typeof l === 'string') return l.trim();
    const n = l as Node | undefined;
    if (n && (n['@_rel'] === undefined || n['@_rel'] === 'alternate') && typeof n['@_href'] === 'string') return n['@_href'];
  }
  return null;
}

/** Parse a feed document into articles; throws on malformed XML or a document that is not a feed. */
export function parseFeed(xml: string, origin: string): RawArticle[] {
  const doc = parser.parse(xml, true) as Node;
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel) as Node | undefined) ?? {};
    const outlet = str(channel.title);
    const items = ((channel.item ?? rdf?.item ?? []) as Node[]) ?? [];
    return items.map((it, i) => {
      const html = str(it['content:encoded']) ?? str(it.description) ?? '';
      return {
        text: htmlToText(html),
        title: str(it.title) ? htmlToText(str(it.title) as string) : null,
        url: str(it.link),
        outlet,
        published: str(it.pubDate) ?? str(it['dc:date']),
        byline: str(it['dc:creator']) ?? str(it.author),
        externalId: str(it.guid) ?? str(it['@_rdf:about']),
        origin: `${origin}#${i + 1}`,
      };
    });
  }
  if (atom) {
    const outlet = str(atom.title);
    const entries = (atom.entry ?? []) as Node[];
    return entries.map((e, i) => {
      const author = e.author as Node | undefined;
      return {
        text: htmlToText(str(e.content) ?? str(e.summary) ?? ''),
        title: str(e.title) ? htmlToText(str(e.title) as string) : null,
        url: atomLink(e.link),
        outlet,
        published: str(e.published) ?? str(e.updated),
        byline: author ? str(author.name) : null,
        externalId: str(e.id),
        origin: `${origin}#${i + 1}`,
      };
    });
  }
  throw new Error('not an RSS or Atom feed');
}
