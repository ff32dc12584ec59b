// What must NOT be coded as an event that analytics count (asserted/reported/historical).
import { describe, expect, it } from 'vitest';
import { codeText, describeEvents } from '../helpers/events.ts';

const negatives: string[] = [
  'This triangular dynamic means Washington can no longer pursue isolated deals with Moscow.',
  'The Moscow-Beijing consultation pattern suggests that American policymakers must adapt.',
  'The striker scored twice as Chelsea attacked relentlessly in the second half.',
  'The company will fire 200 workers next year.',
  'Shares in the firm rose after the deal was struck.',
  'The deepening Moscow-Beijing partnership worries Washington.',
  'The Shanghai Cooperation Organization summit opened on Sunday.',
  'This demonstrates the depth of the crisis.',
  'Any successful engagement strategy will need to address Russian and Chinese concerns.',
  'Analysts say this suggests that Moscow could strike Kyiv.',
  'England beat Fiji 26-21 in a dramatic final in Dubai.',
  'Deutsche Boerse held talks with the London Stock Exchange on Monday.',
  'The so-called "next wave" countries include China, Ethiopia and India.',
  '',
];

describe('negative cases', () => {
  it.each(negatives)('%j codes no counted event', (text) => {
    const counted = codeText(text).filter((e) => ['asserted', 'reported', 'historical'].includes(e.status));
    expect(counted, describeEvents(counted)).toHaveLength(0);
  });
});

// Sentences that do hold a counted event, but not of this type.
const wrongReadings: [string, string][] = [
  ['Tony Blair has urged London mayor Ken Livingstone to apologise for his comment.', 'CONCEDE'],
  ["Senator Kerry attacked President Bush's economic record on Monday.", 'ASSAULT'],
  ['The prime minister called the plan a disaster on Monday.', 'CONSULT'],
];

describe('negative readings', () => {
  it.each(wrongReadings)('%j is not a counted %s', (text, type) => {
    const counted = codeText(text).filter((e) => e.type === type && ['asserted', 'reported', 'historical'].includes(e.status));
    expect(counted, describeEvents(counted)).toHaveLength(0);
  });
});
