// What must NOT be coded as an event that analytics count (asserted/reported/historical).
import { describe, expect, it } from 'vitest';
import { codeText, describeEvents, expectNoEvent } from '../helpers/events.ts';

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
  // Private dealings: no political actor on either side.
  'A Canadian man is suing the airline over a lost bag.',
  'Japanese carmaker Honda struck a deal with French carmaker Renault on Monday.',
  // A standing relation, not one act (generic).
  'Japanese trade with Brazil reached a record last year.',
  // A lone unknown name touring countries.
  'Zorbo has visited France, Spain and Italy as part of a world tour.',
  // Warning someone against doing something is advice, not a threat.
  'The Greens warned both big parties against courting hardline voters.',
  'Spain warned against scrapping the fishing accord.',
  // Civil and commercial litigation: a court and a firm.
  'A federal judge barred Northwind Bank and its auditors from the lawsuit.',
  'A Texas bankruptcy judge banned the company from bidding in the auction.',
  'Brightline Holdings has asked the US court to reverse its ruling on the merger.',
  // Cautionary advice in a reported clause is not a threat.
  'The Green spokeswoman warned the Senate committee that the new rules might look like meddling.',
  'The Liberal Democrats warned Labour and the Conservatives they were at risk of alienating voters.',
  // A party or government "protesting" speaks; with no one it is aimed at there is no event.
  'The slogans on the billboards provoked Conservative protests last week.',
  "Beijing's protests to Tokyo over the textbooks were rejected by Japan.",
  // A participle after an actor, followed by the clause's own verb group, describes the actor.
  'The senator argued that American troops deployed in Germany should be brought home.',
  // Facilities and resorts are not actors, even in a named place.
  'Forty people were killed in May after the militant attack on railway stations in Lagos.',
  // Visitors of no known country arriving in a town is travel, not a visit to a government.
  'Hundreds of business and political leaders are arriving in the Swiss ski resort Klosters for the annual forum.',
  // The noun phrase after "dismissed claims" opens the claim; it is not the claimant.
  'The British prime minister dismissed claims government plans to expand universities would devalue degrees.',
  // A verb pattern's last noun modifying the next noun is no match: "aid worker", not "appealed for aid".
  'The former minister appealed for the release of aid worker Jane Dorset, kidnapped in Iraq.',
  // A country modifying "lawsuit" names the court, not the plaintiff.
  'The company is also seeking $20bn in a separate US lawsuit against two Russian oil firms.',
  // Topics are not actors.
  'The musician criticised British TV for being too cautious.',
  'A meeting on Palestinian reform is being hosted by the British foreign secretary.',
  'The businessman voiced concern about the ongoing violence in Iraq.',
  // A participle between a preposition and its noun tells no event.
  'Shares in the firm founded by assassinated former prime minister Rafik Hariri fell.',
  // An unresolved "she" is the subject, not the court she spoke to.
  'Dr Smith told the court she had asked the minister what happened.',
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
  ['The French president called Britain\'s rebate from the European Union "unjustified".', 'CONSULT'],
  ['The minister has sought to reassure backbenchers that the plan will work.', 'REQUEST'],
  // "it" before a finite verb opens a clause; it is not the object of "denied".
  ['The foreign secretary denied it amounted to a crisis.', 'REJECT'],
  // In a passive, a country inside a prepositional phrase of the subject is not the patient.
  ['Moves to lift the ban on arms sales to China have been condemned by rights groups.', 'ACCUSE'],
  // Fighting poverty is not fighting each other, and the call for it has no target.
  ['Both the mayor and Chancellor Gordon Brown have called for urgent action to fight poverty.', 'ASSAULT'],
  ['Both the mayor and Chancellor Gordon Brown have called for urgent action to fight poverty.', 'REQUEST'],
];

describe('negative readings', () => {
  it.each(wrongReadings)('%j is not a counted %s', (text, type) => {
    const counted = codeText(text).filter((e) => e.type === type && ['asserted', 'reported', 'historical'].includes(e.status));
    expect(counted, describeEvents(counted)).toHaveLength(0);
  });
});

// Wrong actors: the sentence holds an event, but not with this actor.
const wrongActors: [string, { source?: string; target?: string }][] = [
  // The subject stands before the comma-closed relative clause, not inside it.
  ['The charity, which opposed the war in Iraq, urged Britain to withdraw its troops.', { source: 'IRQ' }],
  // "Congress" inside a longer unknown name is not the US Congress.
  ['The Trades Union Congress is calling on the government to protect jobs.', { source: 'USA' }],
  // The region of a trip is not the subject: "a three-nation EU visit".
  ["Mr Lindqvist, who is in Oslo at the start of a three-nation EU visit, has praised Norway's new tax rules.", { source: 'EU' }],
  // After a sentence about a name no dictionary holds, "it" and "he" are that name, not a known actor beside it.
  ['Norteno Oil is suing three firms, Gazprom, Rosneft and a shell company, over the sale. It has also threatened to sue the Russian government.', { source: 'GAZPROM' }],
  ['Mr Hollis, who has clashed with his party over Europe, was a minister in the 1990s. In a letter he wrote: "Tony Blair should stay." While saying he admired Mr Blair, he criticised the Conservatives.', { source: 'blair' }],
];

describe('wrong actors', () => {
  it.each(wrongActors)('%j has no event with %j', (text, want) => {
    expectNoEvent(text, want);
  });
});
