// Status table: one row per status, sentences written for the purpose.
import { describe, it } from 'vitest';
import { expectEvent } from '../helpers/events.ts';
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
];

describe('status of an event', () => {
  it.each(table)('%s → %s %s', (text, type, status) => {
    expectEvent(text, { type, status });
  });
});
