// Stage 5: triggers and arguments, one construction per row.
import { describe, expect, it } from 'vitest';
import { expectEvent } from '../helpers/events.ts';

type Row = [string, { type: string; source: string; target: string; either?: boolean }];

describe('verbal triggers and their arguments', () => {
  const table: Row[] = [
    ['Putin met Xi in Beijing on Tuesday.', { type: 'CONSULT', source: 'putin', target: 'xi-jinping' }],
    ['Putin met with Xi Jinping on Tuesday.', { type: 'CONSULT', source: 'putin', target: 'xi-jinping' }],
    ['Putin and Xi held talks in Beijing on Tuesday.', { type: 'CONSULT', source: 'putin', target: 'xi-jinping', either: true }],
    ['Russian forces attacked Kharkiv on Monday.', { type: 'ASSAULT', source: 'RUS', target: 'UKR' }],
    ['Ukraine was attacked by Russia on Sunday.', { type: 'ASSAULT', source: 'RUS', target: 'UKR' }],
    ['The European Union imposed sanctions on Russia on Friday.', { type: 'SANCTION', source: 'EU', target: 'RUS' }],
    ['China condemned the United States on Friday.', { type: 'ACCUSE', source: 'CHN', target: 'USA' }],
    ['Yuri Ushakov, Putin\'s foreign policy aide, met Chinese officials on Friday.', { type: 'CONSULT', source: 'ushakov', target: 'CHN' }],
    ['Israeli warplanes struck Gaza on Saturday.', { type: 'ASSAULT', source: 'ISR', target: 'PSE' }],
    ['Russia demanded that Ukraine withdraw its troops from the border on Monday.', { type: 'REQUEST', source: 'RUS', target: 'UKR' }],
    ['Iran fired more than 300 drones and missiles at Israel on Saturday.', { type: 'ASSAULT', source: 'IRN', target: 'ISR' }],
    ['Russia and the United States exchanged prisoners in Ankara on Thursday.', { type: 'RETREAT', source: 'RUS', target: 'USA', either: true }],
    ["China's government said it would impose a 34% tariff on all imports from the United States.", { type: 'SANCTION', source: 'CHN', target: 'USA' }],
  ];
  it.each(table)('%s', (text, want) => {
    expectEvent(text, want);
  });
});

describe('nominal triggers and their arguments', () => {
  const table: Row[] = [
    ["Russia's invasion of Ukraine in 2022 changed Europe.", { type: 'ASSAULT', source: 'RUS', target: 'UKR' }],
    ['The Putin-Xi meeting on Sunday lasted two hours.', { type: 'CONSULT', source: 'putin', target: 'xi-jinping', either: true }],
    ["Putin's briefing of Xi on Sunday was brief.", { type: 'CONSULT', source: 'putin', target: 'xi-jinping' }],
    ['Putin spoke during a Sunday meeting with Chinese leader Xi Jinping.', { type: 'CONSULT', source: 'putin', target: 'xi-jinping' }],
    ['Talks between Russia and Ukraine took place in Istanbul on Friday.', { type: 'CONSULT', source: 'RUS', target: 'UKR', either: true }],
  ];
  it.each(table)('%s', (text, want) => {
    expectEvent(text, want);
  });
});

describe('coreference', () => {
  it('resolves "the two leaders" to the last two people', () => {
    const e = expectEvent('Putin arrived in Tianjin on Sunday to see Xi. The two leaders discussed trade on Sunday.', { type: 'CONSULT', source: 'putin', target: 'xi-jinping', either: true });
    expect(e.evidence.length).toBeGreaterThan(0);
  });
});
