// Event specs for pattern tests: a dyad and the PLOVER types that count.
//   'RUS-USA:CONSULT'        RUS and USA either way, CONSULT
//   'RUS>USA:CONSULT'        only RUS → USA
//   'RUS-*:CONSULT,AGREE'    RUS with anyone, either type
//   '*-*:ASSAULT'            any assault;   'RUS:GOV-CHN' any type between the Russian government and China
// The type part is the text after the last ':' when it is '*' or a list of PLOVER types; otherwise the
// whole text is the dyad, so 'RUS:GOV-USA:GOV' reads as two country:sector selectors with any type.
import { EntenteError } from '../errors.ts';
import { PLOVER_TYPES } from '../types.ts';
import { formatActorSelector, parseActorSelector, type ActorSelector } from './actorSelector.ts';

export interface EventSpec {
  a: ActorSelector;
  b: ActorSelector;
  directed: boolean;
  /** null = any type. */
  types: string[] | null;
}

const TYPES = new Set<string>(PLOVER_TYPES);

export function parseEventSpec(input: string, option: string): EventSpec {
  const fail = (why: string): never => {
    throw new EntenteError(
      'E_USAGE',
      `${option}: ${why} in '${input}'; expected A-B:TYPE (either direction) or A>B:TYPE (directed), e.g. 'RUS-USA:CONSULT', 'RUS-*:CONSULT,AGREE', '*-*:ASSAULT'`,
      { option, value: input },
    );
  };
  const s = input.trim();
  if (s === '') return fail('empty spec');

  let dyad = s;
  let types: string[] | null = null;
  const colon = s.lastIndexOf(':');
  if (colon >= 0) {
    const tail = s.slice(colon + 1);
    const list = tail.split(',').map((t) => t.trim().toUpperCase());
    if (tail.trim() === '*') {
      dyad = s.slice(0, colon);
    } else if (list.every((t) => TYPES.has(t))) {
      dyad = s.slice(0, colon);
      types = [...new Set(list)].sort();
    } else if (/^[A-Za-z]{4,}(,|$)/.test(tail)) {
      // 'RUS-USA:CONSLT': a word too long to be a sector, so it was meant as a type.
      return fail(`unknown event type '${list.find((t) => !TYPES.has(t))}' (PLOVER types: ${PLOVER_TYPES.join(', ')})`);
    }
  }

  const directed = dyad.includes('>');
  const parts = directed ? dyad.split('>') : dyad.split('-');
  if (parts.length !== 2) {
    return fail(parts.length < 2 ? 'no dyad (use RUS-* for "RUS with anyone")' : `more than one '${directed ? '>' : '-'}'`);
  }
  const [left = '', right = ''] = parts;
  return {
    a: parseActorSelector(left, option),
    b: parseActorSelector(right, option),
    directed,
    types,
  };
}

export function formatEventSpec(spec: EventSpec): string {
  const sep = spec.directed ? '>' : '-';
  return `${formatActorSelector(spec.a)}${sep}${formatActorSelector(spec.b)}:${spec.types ? spec.types.join(',') : '*'}`;
}
