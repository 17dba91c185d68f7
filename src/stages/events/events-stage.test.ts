// Unit tests of the events stage with a tiny verb lexicon and hand-made actor mentions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../coder.js';
import { parseCameoTables } from '../../dictionaries/cameo-tables.js';
import { parseDiscards } from '../../dictionaries/discards.js';
import { parseVerbLexicon } from '../../dictionaries/verb-lexicon.js';
import type { DyadEvent } from '../../model/types.js';
import { buildDoc, type ActorSpec } from '../../../test/helpers/build-doc.js';
import { createEventsStage } from './events-stage.js';
import { loadGrammar } from './grammar.js';
import { parseModalityCodes } from './modality-codes.js';

const LEXICON = `id\tcameo\tpattern\treason
attack\t190\tv:attack
reject\t120\tv:reject
accuse-of\t112\tv:accuse * of
threaten-to\t130\tv:threaten to
ban\t1722\tv:ban
release\t084\tv:release
meet\t040\tv:meet
n-talk\t040\tn:talk
n-proposal\t036\tn:proposal
n-invasion\t190\tn:invasion
agree\t030\tv:agree
cooperate\t060\tv:cooperate
return\t080\tv:return
urge\t020\tv:urge * to
withdraw\t087\tv:withdraw
`;

const CAMEO = readFileSync(path.join(DEFAULT_DATA_DIR, 'cameo.tsv'), 'utf8');
const knowledge = {
  lexicon: parseVerbLexicon(LEXICON),
  cameo: parseCameoTables(CAMEO),
  grammar: loadGrammar(path.join(DEFAULT_DATA_DIR, 'grammar.tsv')),
  speechVerbs: new Set(['say', 'tell', 'deny', 'add', 'warn']),
  discards: parseDiscards('id\tphrase\treason\nfootball\tfootball match\n'),
  modalityCodes: parseModalityCodes(readFileSync(path.join(DEFAULT_DATA_DIR, 'modality-codes.tsv'), 'utf8')),
};
const stage = createEventsStage(knowledge);

function events(text: string, actors: ActorSpec[]): { events: DyadEvent[]; text: string; notes: string[] } {
  const doc = buildDoc(text, actors);
  const notes: string[] = [];
  const out = stage.run(doc, { report: (m) => notes.push(m) });
  return { events: out, text: doc.layers.repair!.text, notes };
}

const pair = (e: DyadEvent) => `${e.source?.code ?? '-'}>${e.target?.code ?? '-'}`;
const typed = (evs: DyadEvent[]) => evs.filter((e) => !e.cameo.startsWith('01'));

describe('events stage', () => {
  it('codes subject, verb and object, with spans that slice the text', () => {
    const { events: evs, text } = events('Israeli soldiers attacked Hamas fighters in Gaza.', [
      { text: 'Israeli soldiers', code: 'ISRMIL' }, { text: 'Hamas fighters', code: 'PSEREB' },
    ]);
    expect(evs).toHaveLength(1);
    const e = evs[0]!;
    expect(e.cameo).toBe('190');
    expect(e.plover?.type).toBe('ASSAULT');
    expect(pair(e)).toBe('ISRMIL>PSEREB');
    expect(text.slice(...e.trigger.span)).toBe('attacked');
    expect(text.slice(...e.source!.span)).toBe('Israeli soldiers');
    expect(text.slice(...e.span)).toBe('Israeli soldiers attacked Hamas fighters');
    expect(e.modality).toBe('asserted');
    expect(e.rule).toBe('verb/attack');
    expect(e.quadClass).toBe(4);
  });

  it('swaps source and target in the passive voice', () => {
    const { events: evs } = events('Israeli soldiers were attacked by Hezbollah guerrillas.', [
      { text: 'Israeli soldiers', code: 'ISRMIL' }, { text: 'Hezbollah guerrillas', code: 'LBNREB' },
    ]);
    expect(evs.map(pair)).toEqual(['LBNREB>ISRMIL']);
    expect(evs[0]!.rule).toBe('verb/attack/passive');
  });

  it('uses the pattern slot for the target', () => {
    const { events: evs } = events('The United States accused the Taliban of providing a safe haven.', [
      { text: 'United States', code: 'USA' }, { text: 'Taliban', code: 'AFGREB' },
    ]);
    expect(evs.map((e) => `${e.cameo} ${pair(e)}`)).toEqual(['112 USA>AFGREB']);
  });

  it('splits a compound subject and codes symmetric events both ways', () => {
    const { events: evs } = events('The United States and Jordan met on Tuesday.', [
      { text: 'United States', code: 'USA' }, { text: 'Jordan', code: 'JOR' },
    ]);
    expect(evs.map(pair).sort()).toEqual(['JOR>USA', 'USA>JOR']);
  });

  it('codes a meeting for both sides', () => {
    const { events: evs } = events('Fidan met the Iraqi prime minister in Baghdad.', [
      { text: 'Fidan', code: 'TURGOV', kind: 'person' }, { text: 'Iraqi prime minister', code: 'IRQGOV' },
    ]);
    expect(evs.map(pair).sort()).toEqual(['IRQGOV>TURGOV', 'TURGOV>IRQGOV']);
  });

  it('codes "talks between X and Y" both ways', () => {
    const { events: evs } = events('The ongoing talks between the United States and the Taliban stalled.', [
      { text: 'United States', code: 'USA' }, { text: 'Taliban', code: 'AFGREB' },
    ]);
    expect(typed(evs).map(pair).sort()).toEqual(['AFGREB>USA', 'USA>AFGREB']);
  });

  it('keeps an apposition as one actor', () => {
    const { events: evs } = events('The president of the United States, Donald Trump, rejected the plan.', [
      { text: 'president of the United States', code: 'USAGOV' }, { text: 'Donald Trump', code: 'USAGOV', kind: 'person' },
    ]);
    expect(evs).toHaveLength(1);
    expect(evs[0]!.cameo).toBe('120');
  });

  it('codes a threat once, not the banning it threatens, with the specific threat code', () => {
    const { events: evs } = events('Israel threatened to ban voting in East Jerusalem.', [{ text: 'Israel', code: 'ISR' }]);
    // a threatened ban (17x repression) is a threat of repression, CAMEO 137
    expect(evs.map((e) => [e.cameo, e.plover?.type, e.rule])).toEqual([['137', 'THREATEN', 'verb/threaten-to+ban']]);
  });

  it('turns an announced future concession into an intent (CAMEO 03)', () => {
    const { events: evs } = events('The rebels said they will release the prime minister.', [
      { text: 'rebels', code: 'FJIREB' }, { text: 'prime minister', code: 'FJIGOV' },
    ]);
    const release = typed(evs)[0]!;
    expect(release.cameo).toBe('0353');
    expect(release.plover?.type).toBe('AGREE');
    expect(release.modality).toBe('future');
    expect(release.reported).toBe(true);
    expect(pair(release)).toBe('FJIREB>FJIGOV');
  });

  it('turns a refused cooperation into a rejection and marks it negated', () => {
    const { events: evs } = events('Syria will not cooperate with Turkey.', [{ text: 'Syria', code: 'SYR' }, { text: 'Turkey', code: 'TUR' }]);
    expect(evs.map((e) => [e.cameo, e.modality])).toEqual([['120', 'negated']]);
  });

  it('codes an obligation in reported speech as a demand, not as the action', () => {
    const { events: evs } = events('Russia said on Tuesday that Sudan must return the helicopter.', [
      { text: 'Russia', code: 'RUS' }, { text: 'Sudan', code: 'SDN' },
    ]);
    // returning something is yielding (08), so the demand is a demand to yield, CAMEO 105
    expect(typed(evs).map((e) => `${e.cameo} ${pair(e)}`)).toEqual(['105 RUS>SDN']);
    expect(evs.find((e) => e.cameo === '010')?.source?.code).toBe('RUS');
  });

  it('marks an event denied by its speaker as negated', () => {
    const { events: evs } = events('Lavrov denied that Russian forces had attacked the hospital.', [
      { text: 'Lavrov', code: 'RUSGOV', kind: 'person' }, { text: 'Russian forces', code: 'RUSMIL' },
    ]);
    expect(typed(evs).map((e) => e.modality)).toEqual(['negated']);
  });

  it('codes an event noun with its possessor as source', () => {
    const { events: evs } = events("The Secretary informed him about the Taliban's proposal.", [{ text: 'Taliban', code: 'AFGREB' }]);
    expect(evs.map((e) => `${e.cameo} ${pair(e)} ${e.trigger.text}`)).toEqual(['036 AFGREB>- proposal']);
  });

  it('does not code gerunds inside prepositional phrases', () => {
    const { events: evs } = events('Police arrested a man for attacking Israel.', [{ text: 'Police', code: 'COP' }, { text: 'Israel', code: 'ISR' }]);
    expect(evs).toEqual([]);
  });

  it('skips discarded sentences and says why', () => {
    const { events: evs, notes } = events('Brazil attacked Argentina in the football match.', [{ text: 'Brazil', code: 'BRA' }, { text: 'Argentina', code: 'ARG' }]);
    expect(evs).toEqual([]);
    expect(notes.join(' ')).toMatch(/discard/);
  });

  it('gives an unmarked actor the country of the police or government acting on it', () => {
    const { events: evs } = events('Egyptian police attacked demonstrators in Cairo.', [
      { text: 'Egyptian police', code: 'EGYCOP' }, { text: 'demonstrators', code: 'OPP' },
    ]);
    expect(evs.map((e) => [pair(e), e.target?.country])).toEqual([['EGYCOP>EGYOPP', 'EGY']]);
  });

  it('does not give a foreign minister\'s counterpart the minister\'s country', () => {
    const { events: evs } = events('Blinken met the generals in Khartoum.', [
      { text: 'Blinken', code: 'USAGOV', kind: 'person' }, { text: 'generals', code: 'MIL', kind: 'agent' },
    ]);
    expect(evs.map(pair).sort()).toEqual(['MIL>USAGOV', 'USAGOV>MIL']);
  });

  it('finds the subject past a closed relative clause', () => {
    const { events: evs } = events('Petro, who has made peace the centrepiece of his government, rejected the plan.', [
      { text: 'Petro', code: 'COLGOV', kind: 'person' }, { text: 'his government', code: 'COLGOV' },
    ]);
    expect(evs.map((e) => e.source?.text)).toEqual(['Petro']);
  });

  it('gives the verb after a closed relative clause the actor standing between the comma and it', () => {
    const text = 'The Taliban will meet a delegation that included government officials, US officials said.';
    const { events: evs } = events(text, [
      { text: 'Taliban', code: 'AFGREB' }, { text: 'delegation', code: 'AFGGOV' },
      { text: 'government officials', code: 'AFGGOV' }, { text: 'US officials', code: 'USAGOV' },
    ]);
    const said = evs.find((e) => e.trigger.text === 'said')!;
    expect(said.source?.text).toBe('US officials');
    expect(said.source?.span).toEqual([text.indexOf('US officials'), text.indexOf('US officials') + 12]);
  });

  it('reads through scare quotes inside a relative clause, but a quotation still ends a clause', () => {
    const { events: evs } = events('Petro, who has made "total peace" the centrepiece of his government, rejected the plan.', [
      { text: 'Petro', code: 'COLGOV', kind: 'person' }, { text: 'his government', code: 'COLGOV' },
    ]);
    expect(evs.map((e) => e.source?.text)).toEqual(['Petro']);
    const quoted = events('"We will not attack," Iran said, and Israel rejected the plan.', [{ text: 'Iran', code: 'IRN' }, { text: 'Israel', code: 'ISR' }]);
    expect(quoted.events.filter((e) => e.cameo === '120').map(pair)).toEqual(['ISR>-']);
  });

  it('gives a verb after "NAME, APPOSITION," to the name, past an opening clause with another actor', () => {
    const text = "When asked about Ghani's comments, Robert O'Brien, the national security adviser, rejected the plan.";
    const { events: evs } = events(text, [
      { text: 'Ghani', code: 'AFGGOV', kind: 'person' },
      { text: "Robert O'Brien", code: 'USAGOV', kind: 'person', rule: 'actor/apposition' },
      // the actors layer is sorted by position: O'Brien is mention 1
      { text: 'national security adviser', code: 'USAGOV', kind: 'agent', rule: 'actor/apposition', antecedent: 1 },
    ]);
    expect(evs.map((e) => [e.trigger.text, e.source?.text])).toEqual([['rejected', "Robert O'Brien"]]);
  });

  it('gives "but said" after a reported clause to the one who reported it', () => {
    const text = 'Pompeo told reporters that the Taliban were attacking Kabul, but said talks would go on.';
    const { events: evs } = events(text, [
      { text: 'Pompeo', code: 'USAGOV', kind: 'person' }, { text: 'Taliban', code: 'AFGREB' }, { text: 'Kabul', code: 'AFG' },
    ]);
    // one statement by Pompeo: "told" and "said" share source, code and sentence, and are merged
    expect(evs.filter((e) => e.cameo === '010').map((e) => e.source?.text)).toEqual(['Pompeo']);
  });

  it('takes the subject of the clause before "but" for a coordinated verb', () => {
    const { events: evs } = events('Benin opened its borders, but was still rejecting Ghanaians.', [
      { text: 'Benin', code: 'BEN' }, { text: 'Ghanaians', code: 'GHACVL' },
    ]);
    expect(evs.map(pair)).toEqual(['BEN>GHACVL']);
  });

  it('reads through a parenthesis to the subject', () => {
    const { events: evs } = events('The International Labor Office (ILO) rejected the plan.', [
      { text: 'International Labor Office', code: 'IGOUNOILO' }, { text: 'ILO', code: 'IGOUNOILO' },
    ]);
    expect(evs.map((e) => e.source?.text)).toEqual(['International Labor Office']);
  });

  it('does not make an actor its own forces\' target, and falls back to the place', () => {
    const doc = buildDoc('Syria will withdraw its troops from Lebanon.', [
      { text: 'Syria', code: 'SYR' }, { text: 'its troops', code: 'SYRMIL' },
    ], { places: [{ text: 'Lebanon', span: [33, 40], name: 'Lebanon', country: 'LBN', lat: null, lon: null, kind: 'country', sentence: 0 }] });
    const evs = stage.run(doc, { report() {} });
    expect(evs.map((e) => [e.cameo, pair(e)])).toEqual([['0356', 'SYR>LBN']]);
  });

  it('reads a participle after its noun as a passive ("soldiers killed in")', () => {
    const { events: evs } = events('There were ten Russian soldiers attacked in Ukraine today.', [{ text: 'Russian soldiers', code: 'RUSMIL' }]);
    expect(evs.map((e) => [pair(e), e.rule])).toEqual([['->RUSMIL', 'verb/attack/passive']]);
  });

  it('takes a slot after "by" in the passive as the source', () => {
    const { events: evs } = events('Obama was urged by Congress to help Iran.', [
      { text: 'Obama', code: 'USAGOV', kind: 'person' }, { text: 'Congress', code: 'USALEG' }, { text: 'Iran', code: 'IRN' },
    ]);
    expect(evs.map(pair)).toEqual(['USALEG>USAGOV']);
  });

  it('makes what one actor wants another to do hypothetical', () => {
    const { events: evs } = events('Obama wants Putin to attack Switzerland.', [
      { text: 'Obama', code: 'USAGOV', kind: 'person' }, { text: 'Putin', code: 'RUSGOV', kind: 'person' }, { text: 'Switzerland', code: 'CHE' },
    ]);
    expect(evs.map((e) => [e.cameo, e.modality])).toEqual([['190', 'hypothetical']]);
  });

  it('binds a possessive object to the subject ("urged its citizens")', () => {
    // the actors stage resolved "its" to the wrong owner; in the subject's clause it is the subject's
    const { events: evs } = events('Pakistan urged its citizens to leave Iraq.', [
      { text: 'Pakistan', code: 'PAK' }, { text: 'its citizens', code: 'IRQCVL' },
    ]);
    expect(evs.map(pair)).toEqual(['PAK>PAKCVL']);
  });

  it('reads an event noun made "an objective" as an intent', () => {
    const { events: evs } = events('Trump made talks with Iran an important objective.', [
      { text: 'Trump', code: 'USAGOV', kind: 'person' }, { text: 'Iran', code: 'IRN' },
    ]);
    expect(evs.map((e) => [e.cameo, e.modality, pair(e)])).toEqual([['036', 'future', 'USAGOV>IRN']]);
  });

  it('codes a warning of what will happen as a threat', () => {
    const { events: evs } = events('The prime minister warned that the organisers would face prosecution.', [
      { text: 'prime minister', code: 'GEOGOV' }, { text: 'organisers', code: 'GEOOPP' },
    ]);
    expect(evs.map((e) => [e.cameo, e.plover?.type, pair(e), e.rule])).toEqual([['130', 'THREATEN', 'GEOGOV>GEOOPP', 'say/warn/warning']]);
  });

  it('does not code a participle that names people ("release those detained")', () => {
    const { events: evs } = events('Kallas urged the authorities to release those detained.', [
      { text: 'Kallas', code: 'IGOEUR', kind: 'person' }, { text: 'authorities', code: 'GEOGOV' },
    ]);
    expect(evs.map((e) => e.cameo)).toEqual(['020']);
  });

  it('gives a verbal act after "and" to the speaker, not to the denied clause', () => {
    const { events: evs } = events('Makolo denied that Rwandan soldiers attacked Goma and accused Kinshasa of lying.', [
      { text: 'Makolo', code: 'RWAGOV', kind: 'person' }, { text: 'Rwandan soldiers', code: 'RWAMIL' }, { text: 'Kinshasa', code: 'CODGOV' },
    ]);
    expect(typed(evs).map((e) => [e.cameo, pair(e), e.modality])).toEqual([
      ['190', 'RWAMIL>-', 'negated'], ['112', 'RWAGOV>CODGOV', 'asserted'],
    ]);
  });

  it('absorbs what a compound object is urged to do', () => {
    const { events: evs } = events('Blinken urged the army chief and the RSF commander to stop the attack.', [
      { text: 'Blinken', code: 'USAGOV', kind: 'person' }, { text: 'army chief', code: 'SDNMIL' }, { text: 'RSF commander', code: 'SDNMIL' },
    ]);
    expect(evs.map((e) => e.cameo)).toEqual(['020', '020']);
  });

  it('keeps what an appeal asks for out of the events ("called on X to lift")', () => {
    const lex = 'id\tcameo\tpattern\treason\ncall-on\t020\tv:call on *\nlift\t085\tv:lift sanctions\n';
    const st = createEventsStage({ ...knowledge, lexicon: parseVerbLexicon(lex) });
    const doc = buildDoc('Syria called on Washington to lift the sanctions.', [{ text: 'Syria', code: 'SYRGOV' }, { text: 'Washington', code: 'USAGOV' }]);
    expect(st.run(doc, { report() {} }).map((e) => e.cameo)).toEqual(['020']);
  });

  it('gives an event noun "during" the clause its subject, and a visit its destination', () => {
    const lex = 'id\tcameo\tpattern\treason\nn-visit-to\t042\tn:visit to\n';
    const st = createEventsStage({ ...knowledge, lexicon: parseVerbLexicon(lex) });
    const doc = buildDoc('Baerbock pledged aid during a visit to Damascus.', [{ text: 'Baerbock', code: 'DEUGOV', kind: 'person' }],
      { places: [{ text: 'Damascus', span: [38, 46], name: 'Damascus', country: 'SYR', lat: null, lon: null, kind: 'capital', sentence: 0 }] });
    expect(st.run(doc, { report() {} }).map((e) => [e.cameo, pair(e)])).toEqual([['042', 'DEUGOV>SYR']]);
  });

  it('reads "the two ministers" as the two parties just named, and nobody otherwise', () => {
    const lex = 'id\tcameo\tpattern\treason\nsign\t057\tv:sign agreement|memorandum\n';
    const st = createEventsStage({ ...knowledge, lexicon: parseVerbLexicon(lex) });
    const doc = buildDoc('Fidan met Hussein. The two ministers signed a memorandum.', [
      { text: 'Fidan', code: 'TURGOV', kind: 'person' }, { text: 'Hussein', code: 'IRQGOV', kind: 'person' },
      { text: 'ministers', code: 'GOV', kind: 'agent' },
    ]);
    expect(st.run(doc, { report() {} }).map(pair).sort()).toEqual(['IRQGOV>TURGOV', 'TURGOV>IRQGOV']);
    const alone = buildDoc('The two ministers signed a memorandum.', [{ text: 'ministers', code: 'GOV', kind: 'agent' }]);
    expect(st.run(alone, { report() {} }).map(pair)).toEqual(['GOV>-']);
  });

  it('needs an actor with a code on at least one side', () => {
    expect(events('Someone attacked something.', []).events).toEqual([]);
    const { events: evs, notes } = events('Someone attacked the man.', [{ text: 'man', code: null, kind: 'agent' }]);
    expect(evs).toEqual([]);
    expect(notes).toEqual(['"attacked" matched verb/attack but no actor with a code was found as its source or target']);
  });

  it('dates an event by the date in its clause, else the publication date', () => {
    const doc = buildDoc('Iran attacked Iraq on Tuesday. Iraq rejected the plan.', [
      { text: 'Iran', code: 'IRN' }, { text: 'Iraq', code: 'IRQ' }, { text: 'Iraq', code: 'IRQ', nth: 1 },
    ], { dates: [{ text: 'on Tuesday', span: [19, 29], value: '2020-02-11', precision: 'day', sentence: 0 }] });
    const evs = stage.run(doc, { report() {} });
    expect(evs.map((e) => [e.cameo, e.date?.value, e.date?.text])).toEqual([
      ['190', '2020-02-11', 'on Tuesday'], ['120', '2020-02-12', null],
    ]);
  });

  it('gives a gerund after "accused X of" to X, and takes no partner ("alongside X") for a target', () => {
    const { events: evs } = events('Kenya accused Rwanda of sending troops to attack alongside the rebels.', [
      { text: 'Kenya', code: 'KEN' }, { text: 'Rwanda', code: 'RWA' }, { text: 'troops', code: 'MIL', kind: 'agent' },
      { text: 'rebels', code: 'CODREB', kind: 'agent' },
    ]);
    // alleged, not asserted
    expect(evs.filter((e) => e.cameo === '190').map((e) => [pair(e), e.modality])).toEqual([['MIL>-', 'hypothetical']]);
  });

  it('gives an event noun after a passive verb the verb\'s subject as target ("was toppled in a US-led invasion")', () => {
    const { events: evs, text } = events('Saddam Hussein was toppled in a US-led invasion.', [
      { text: 'Saddam Hussein', code: 'IRQGOV', kind: 'person' }, { text: 'US', code: 'USA' },
    ]);
    const invasion = evs.find((e) => e.trigger.text === 'invasion')!;
    expect(pair(invasion)).toBe('USA>IRQGOV');
    expect(text.slice(...invasion.target!.span)).toBe('Saddam Hussein');
  });

  it('codes "X must ..., Y said" as Y\'s demand on X, as it does "Y said X must ..."', () => {
    for (const text of ['Pakistan must act against the militants, Modi said.', 'Modi said Pakistan must act against the militants.']) {
      const { events: evs } = events(text, [{ text: 'Pakistan', code: 'PAK' }, { text: 'Modi', code: 'INDGOV', kind: 'person' }]);
      expect(evs.filter((e) => e.cameo === '100').map((e) => [pair(e), e.trigger.text]), text).toEqual([['INDGOV>PAK', 'must']]);
    }
  });

  it('in a joint act of a group, "on X" is the topic and the members are each other\'s targets', () => {
    const { events: evs } = events('Russia and China met on the Ukraine crisis.', [{ text: 'Russia', code: 'RUS' }, { text: 'China', code: 'CHN' }, { text: 'Ukraine', code: 'UKR' }]);
    expect(evs.map(pair).sort()).toEqual(['CHN>RUS', 'RUS>CHN']);
    // one actor alone keeps its object
    expect(events('Russia met China.', [{ text: 'Russia', code: 'RUS' }, { text: 'China', code: 'CHN' }]).events.map(pair)).toContain('RUS>CHN');
  });

  it('aims a threat at whoever its "if/unless" clause asks to act, and a warning never at the speaker itself', () => {
    const threat = events('Iran threatened to close the strait if the United States imposed sanctions.', [{ text: 'Iran', code: 'IRN' }, { text: 'United States', code: 'USA' }]);
    expect(threat.events.filter((e) => e.cameo.startsWith('13')).map(pair)).toEqual(['IRN>USA']);
    const warning = events('Turkey warned that it would attack unless the Kurdish fighters withdraw.', [
      { text: 'Turkey', code: 'TUR' }, { text: 'it', code: 'TUR', rule: 'actor/coref-speaker', antecedent: 0 }, { text: 'Kurdish fighters', code: 'SYRREB', kind: 'agent' },
    ]);
    expect(warning.events.filter((e) => e.rule.endsWith('/warning')).map(pair)).toEqual(['TUR>SYRREB']);
  });

  it('"rejected the move": the target is whoever took the action reported just before', () => {
    const { events: evs, text } = events('Israel attacked Gaza on Monday. Iran rejected the move.', [
      { text: 'Israel', code: 'ISR' }, { text: 'Gaza', code: 'PSE' }, { text: 'Iran', code: 'IRN' },
    ]);
    const rejected = evs.find((e) => e.cameo === '120')!;
    expect(pair(rejected)).toBe('IRN>ISR');
    expect(rejected.rule).toBe('verb/reject+event-reference');
    expect(rejected.target!.span).toEqual([0, 6]); // Israel, in the sentence before
    expect(text.slice(...rejected.span)).toBe('Iran rejected'); // the event's own span stays in its sentence
  });

  it('"the move" is no reference when it names its own actor, when the action was the subject\'s own, or is too far back', () => {
    const noTarget = (text: string, actors: ActorSpec[]) => events(text, actors).events.filter((e) => e.cameo === '120').map(pair);
    expect(noTarget('Israel attacked Gaza. Iran rejected the decision by the court.', [
      { text: 'Israel', code: 'ISR' }, { text: 'Gaza', code: 'PSE' }, { text: 'Iran', code: 'IRN' },
    ])).toEqual(['IRN>-']);
    expect(noTarget('Iran attacked Iraq. Iran later rejected the move.', [
      { text: 'Iran', code: 'IRN' }, { text: 'Iraq', code: 'IRQ' }, { text: 'Iran', code: 'IRN', nth: 1 },
    ])).toEqual(['IRN>-']);
    expect(noTarget('Israel attacked Gaza. Talks went on. Prices rose. Iran rejected the move.', [
      { text: 'Israel', code: 'ISR' }, { text: 'Gaza', code: 'PSE' }, { text: 'Iran', code: 'IRN' },
    ])).toEqual(['IRN>-']);
  });

  it('does not locate an event at a capital that stands for its government in the clause', () => {
    const text = 'France rejected the plan in Paris and urged Tehran to reverse it.';
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as [number, number];
    const place = (name: string, country: string) => ({ text: name, span: at(name), name, country, lat: 0, lon: 0, kind: 'capital' as const, sentence: 0, rule: 'place/gazetteer' });
    const doc = buildDoc(text, [{ text: 'France', code: 'FRA' }, { text: 'Tehran', code: 'IRNGOV', rule: 'actor/capital' }], {
      places: [place('Paris', 'FRA'), place('Tehran', 'IRN')],
    });
    const evs = stage.run(doc, { report() {} });
    // "urged Tehran": not at Tehran; the clause's other place stands
    expect(evs.map((e) => [e.cameo, e.location?.name ?? null])).toEqual([['120', 'Paris'], ['020', 'Paris']]);
  });

  it('takes the date after the verb over a dateline before it ("HAVANA, Feb 7 - X agreed on Tuesday")', () => {
    const text = 'HAVANA, Feb 7 - Colombia and the ELN agreed on Tuesday to extend the truce.';
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as [number, number];
    const doc = buildDoc(text, [{ text: 'Colombia', code: 'COL' }, { text: 'ELN', code: 'COLREB' }], {
      dates: [
        { text: 'Feb 7', span: at('Feb 7'), value: '2020-02-07', precision: 'day', sentence: 0 },
        { text: 'on Tuesday', span: at('on Tuesday'), value: '2020-02-04', precision: 'day', sentence: 0 },
      ],
    });
    const evs = stage.run(doc, { report() {} });
    expect(evs.length).toBeGreaterThan(0);
    for (const e of evs) expect(e.date).toMatchObject({ value: '2020-02-04', text: 'on Tuesday' });
  });

  it('does not date an event by a year that names something in its clause ("rejected the 1974 agreement")', () => {
    const text = 'Syria rejected the 1974 agreement. During the 2006 war, Israel attacked Lebanon.';
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as [number, number];
    const doc = buildDoc(text, [{ text: 'Syria', code: 'SYR' }, { text: 'Israel', code: 'ISR' }, { text: 'Lebanon', code: 'LBN' }], {
      dates: [
        { text: '1974', span: at('1974'), value: '1974', precision: 'year', sentence: 0, rule: 'date/year-of-event' },
        { text: '2006', span: at('2006'), value: '2006', precision: 'year', sentence: 1, rule: 'date/during-event' },
      ],
    });
    const evs = stage.run(doc, { report() {} });
    expect(evs.map((e) => [e.cameo, e.date?.value, e.date?.text, e.modality])).toEqual([
      ['120', '2020-02-12', null, 'asserted'], ['190', '2006', '2006', 'historical'],
    ]);
  });
});
