// Status table: one row per status, sentences written for the purpose.
import { describe, expect, it } from 'vitest';
import { expectEvent } from '../helpers/events.ts';
import { code } from '../../src/pipeline/code.ts';
import type { Status } from '../../src/types.ts';

const table: [string, string, Status][] = [
  ['Russia and China signed a trade agreement on Monday.', 'AGREE', 'asserted'],
  ['Putin met Xi on Sunday, Kremlin spokesman Dmitry Peskov told reporters.', 'CONSULT', 'reported'],
  ['Putin did not meet Zelensky on Sunday.', 'CONSULT', 'negated'],
  ['Xi will visit Moscow next week.', 'CONSULT', 'future'],
  ['Russia may impose sanctions on Georgia.', 'SANCTION', 'hedged'],
  ['If Iran attacks Israel, the United States would respond.', 'ASSAULT', 'hypothetical'],
  ['Russia regularly consults China on trade.', 'CONSULT', 'generic'],
  ["Russia's 2022 invasion of Ukraine reshaped Europe.", 'ASSAULT', 'historical'],
  ['Putin had met Trump in Alaska before the summit.', 'CONSULT', 'historical'],
  ['Moscow denied that its troops attacked Ukraine on Sunday.', 'ASSAULT', 'negated'],
  // An event inside an indirect question is presupposed background, not news in the text's voice.
  ['The senator asked why the government had criticised France over its fishing quotas.', 'ACCUSE', 'historical'],
  ['She wondered why Germany had condemned the Netherlands last week.', 'ACCUSE', 'historical'],
  // A source the dictionaries do not hold, closing the sentence, still reports (and "claims" hedges).
  ['Russia attacked Ukraine on Monday, a new report says.', 'ASSAULT', 'reported'],
  ['The president promised the Greek prime minister he would resign, a new book about the president claims.', 'AGREE', 'hedged'],
  // A time adverbial opening the sentence covers its subordinate clauses too.
  ['Earlier, the talks collapsed after a Russian attack on Ukraine.', 'ASSAULT', 'historical'],
  // Not ruling something out leaves it open.
  ['The spokesman did not rule out that Albania had signed an agreement with Italy.', 'AGREE', 'hedged'],
  // The aftermath of an event looks back at it.
  ['The embargo was imposed in the aftermath of Syria\'s crackdown on protesters in Hama.', 'COERCE', 'historical'],
];

describe('status of an event', () => {
  it.each(table)('%s → %s %s', (text, type, status) => {
    expectEvent(text, { type, status });
  });
});

describe('status without an article date', () => {
  // Dates are then resolved against today (W_NO_DATE), and a year long past is history all the same.
  it('codes an event dated 1989 as historical', () => {
    const events = code('The European Union imposed an arms ban on China in 1989.').events.filter((e) => e.type === 'COERCE' || e.type === 'SANCTION');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.status).toBe('historical');
  });

  // "Last April" resolved against today is a past April, never the next one.
  it.each([
    ['Last April, Peru signed a gas agreement with Bolivia.', 'AGREE'],
    ['The previous October, Chile signed a fishing accord with Argentina.', 'AGREE'],
  ])('codes %j as historical', (text, type) => {
    const events = code(text).events.filter((e) => e.type === type);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.status).toBe('historical');
  });

  it('leaves a month named without "last" as it was', () => {
    const events = code('Peru signed a gas agreement with Bolivia in December.').events.filter((e) => e.type === 'AGREE');
    expect(events.map((e) => e.status)).not.toContain('historical');
  });
});
