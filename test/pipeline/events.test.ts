// Stage 5: triggers and arguments, one construction per row.
import { describe, expect, it } from 'vitest';
import { expectEvent, expectNoEvent } from '../helpers/events.ts';

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
    // A warning with a consequence stays a threat (advice, "warned X against …", does not: negative.test.ts).
    ['Russia warned Ukraine on Monday that it would respond to any attack.', { type: 'THREATEN', source: 'RUS', target: 'UKR' }],
    ['China warned Japan on Tuesday it was ready to take countermeasures.', { type: 'THREATEN', source: 'CHN', target: 'JPN' }],
    // A court acting on a person is political event data; on a firm it is litigation (negative.test.ts).
    ['A Russian court jailed three opposition activists on Friday.', { type: 'SANCTION', source: 'RUS:JUD', target: '?:OPP' }],
    // A possessor of "lawsuit" is the plaintiff (a modifier is only the court's country: negative.test.ts).
    ["Ukraine's lawsuit against Russia was heard on Monday.", { type: 'ACCUSE', source: 'UKR', target: 'RUS' }],
    // A complaint, request or demand stands for the one who made it.
    ['An EU spokesman in Ottawa dismissed the Canadian complaint on Monday.', { type: 'REJECT', source: 'EU', target: 'CAN' }],
    // A participle after an actor is the main verb when no verb group of its own follows.
    ['American troops deployed in Germany on Monday.', { type: 'MOBILIZE', source: 'USA:MIL', target: 'DEU' }],
    // Crowds protest in the street; a government's protest at someone is verbal (ACCUSE).
    ['Chinese students protested outside the Japanese embassy on Sunday.', { type: 'PROTEST', source: 'CHN', target: 'JPN' }],
    ['The Chinese government protested against Japan on Sunday.', { type: 'ACCUSE', source: 'CHN', target: 'JPN' }],
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

describe('topics, owners and named organisations', () => {
  const table: Row[] = [
    // The of-complement of a topic is the one acted upon.
    ['China criticised the trade policies of the European Union on Monday.', { type: 'ACCUSE', source: 'CHN', target: 'EU' }],
    // An attack on a party's plans is words, aimed at the party.
    ['Tony Blair launched an attack on Conservative tax plans on Monday.', { type: 'ACCUSE', source: 'blair', target: 'TORIES' }],
    // Two parties of one country are two actors.
    ['The Tories accused Labour of wasting public money on Monday.', { type: 'ACCUSE', source: 'TORIES', target: 'LABOUR' }],
    // A phrase ending in a party's name is the party.
    ['Vince Cable, for the Liberal Democrats, accused the Tories of hypocrisy on Monday.', { type: 'ACCUSE', source: 'LIBDEMS', target: 'TORIES' }],
    // The possessor of the object is not the object.
    ['The Iranian president called his Lebanese counterpart on Tuesday.', { type: 'CONSULT', source: 'IRN', target: 'LBN' }],
    // "he" with no named person in the sentence is the office holder named before it.
    ["Britain's top judge said he had clashed with ministers on Monday.", { type: 'ACCUSE', source: 'GBR:JUD', target: '?:GOV' }],
    // The subject stands before a comma-closed relative clause.
    // (A firm calling on a court is litigation, negative.test.ts: here the addressee is a government.)
    ['Deutsche Bank, which advises the Kremlin, has called on the US government to reverse its ruling.', { type: 'REQUEST', source: '?:bank', target: 'USA' }],
  ];
  it.each(table)('%s', (text, want) => {
    expectEvent(text, want);
  });

  it('keeps "their forces" as the mover\'s own, not a target', () => {
    const e = expectEvent('Putin met Xi on Monday. The French have put their forces on alert to protect their citizens.', { type: 'MOBILIZE', source: 'FRA' });
    expect(e.target).toBeNull();
  });
});

describe('coreference', () => {
  it('resolves "the two leaders" to the last two people', () => {
    const e = expectEvent('Putin arrived in Tianjin on Sunday to see Xi. The two leaders discussed trade on Sunday.', { type: 'CONSULT', source: 'putin', target: 'xi-jinping', either: true });
    expect(e.evidence.length).toBeGreaterThan(0);
  });

  it('resolves "the two sides" to the states, not a firm named in between', () => {
    expectEvent(
      'The United States accused China of blocking chip exports. Huawei said its sales had fallen. On Monday the two sides agreed to resume talks.',
      { type: 'AGREE', source: 'USA', target: 'CHN', either: true },
    );
  });

  it('resolves "both sides" to the pair that acted, not the forum named with them', () => {
    const text = 'Canada filed a complaint against Mexico with the WTO over steel subsidies. However, both sides agreed to resume talks.';
    expectEvent(text, { type: 'AGREE', source: 'CAN', target: 'MEX', either: true });
    expectNoEvent(text, { type: 'AGREE', source: 'WTO' });
  });

  it('gives "his visit" to the office holder who opens the sentence, not the host named after him', () => {
    expectNoEvent('A Kenyan minister met Prime Minister Tony Blair in Downing Street on his first official visit to London.', { source: 'blair', target: 'GBR' });
  });
});
