// Recodings of a matched action by who does it and where: armed men storming, crowds storming, joint
// drills, peacekeepers and rescuers arriving abroad, arms sent within one's own territory.
import { compoundGroup, type MentionRef } from './sentence-view.js';
import { GRAMMAR_BIT } from './grammar.js';
import type { TriggerMatch } from './triggers.js';
import { NOUN_PHRASE_POS } from './word-cues.js';
import { placeTarget } from './event-actors.js';
import { objectLimit } from './verb-objects.js';
import { rulesOf } from './code-rules.js';
import type { SentenceState } from './sentence-state.js';
import type { Coding } from './match-actors.js';
import { namesSea } from '../actors/non-actors.js';

/**
 * "sending two missile-defence destroyers to the Sea of Japan": arms a state sends within its own
 * territory are a deployment (154), not military aid (072) to itself.
 */
export function ownDeployment(st: SentenceState, coding: Coding): void {
  const country = coding.source?.mention.country;
  // "Russia has moved Iskander missiles into its exclave of Kaliningrad": a state's forces moved within its own
  // territory are aimed at no one the place names
  if (country && coding.code.startsWith('15') && coding.target?.mention.rule === 'actor/place-target' && coding.target.mention.country === country) {
    coding.target = null;
    return;
  }
  // (and forces sent to a sea, where no state receives them: "sent two destroyers ... to the Sea of Japan")
  const toSea = coding.code.startsWith(MILITARY_AID) && !coding.target && seaAfter(st, st.view.start);
  if (!coding.code.startsWith(MILITARY_AID) || !country || (coding.target?.mention.country !== country && !toSea) || !st.k.cameo.get(DEPLOY)) return;
  coding.code = DEPLOY;
  coding.target = null;
  coding.rule += '/own';
}

/** Whether the sentence names a sea ("to the Sea of Japan") from token `from` on. */
function seaAfter(st: SentenceState, from: number): boolean {
  for (let j = from; j + 1 < st.view.end; j++) if (namesSea(st.toks, j)) return true;
  return false;
}

/** CAMEO 072: military aid; 154: mobilize or increase armed forces. */
const MILITARY_AID = '072';
const DEPLOY = '154';

/**
 * "Russian troops stormed the parliament building": storming, occupying or blockading a building is a
 * crowd's protest (14) in the lexicon, but done by armed forces it is the verb's plain, forceful code.
 */
export function armedObstruction(st: SentenceState, m: TriggerMatch, coding: Coding): void {
  const sector = coding.source?.mention.sector;
  if (m.kind !== 'verb' || (sector !== 'MIL' && sector !== 'REB' && sector !== 'COP') || rulesOf(coding.code).root !== '14') return;
  const plain = st.k.lexicon.byTrigger.get(`v:${m.pattern.trigger.words[0]}`)
    ?.find((p) => p.elements.length === 0 && p.trigger.words.length === 1 && p.cameo);
  if (plain?.cameo && rulesOf(plain.cameo).rootNumber >= 15 && sector !== 'COP') {
    coding.code = plain.cameo;
    coding.rule = coding.rule.replace(`verb/${m.pattern.id}`, `verb/${plain.id}`) + '/armed';
    return;
  }
  // "security forces set up roadblocks around the hotel": armed forces or police obstructing passage
  // restrict movement (191); only protesters block roads in protest (144)
  if (coding.code.startsWith('144') && st.k.cameo.get(RESTRICT_MOVEMENT)) {
    coding.code = RESTRICT_MOVEMENT;
    coding.rule += '/armed';
  }
}

/**
 * "thousands of anti-government protesters stormed Bangkok's international airport": what the lexicon codes as
 * force when armed men do it (the plain "storm", 190) is a protest (the verb's 14 row) when a crowd does it.
 */
export function crowdStorming(st: SentenceState, m: TriggerMatch, coding: Coding): void {
  if (m.kind !== 'verb' || !CROWD_SECTORS.has(coding.source?.mention.sector ?? '') || rulesOf(coding.code).rootNumber < 18) return;
  if (m.pattern.elements.length > 0 || m.pattern.trigger.words.length > 1) return;
  const protest = st.k.lexicon.byTrigger.get(`v:${m.pattern.trigger.words[0]}`)
    ?.find((p) => p.trigger.words.length === 1 && p.cameo && rulesOf(p.cameo).root === '14');
  if (!protest?.cameo) return;
  coding.code = protest.cameo;
  coding.rule += '/crowd';
}

/** Sectors of unarmed crowds: opposition supporters, civilians, students, workers. */
const CROWD_SECTORS = new Set(['OPP', 'CVL', 'EDU', 'LAB']);

/**
 * "Tens of thousands of people packed Independence Square ... to demand that President Keita resign",
 * "thousands of protesters ..., calling for a ceasefire": a crowd's demand or appeal (10, 02) is what its
 * protest is for, and the protest is the event (141, rallying), aimed at whom it makes demands of.
 */
export function crowdDemand(st: SentenceState, coding: Coding): void {
  const root = rulesOf(coding.code).root;
  if ((root !== '10' && root !== '02') || !coding.source || !isCrowd(st, coding.source) || !st.k.cameo.get(RALLY)) return;
  coding.code = RALLY;
  coding.rule += '/crowd';
}

/** CAMEO 141: demonstrate or rally. */
const RALLY = '141';

/**
 * Whether a mention is a crowd: unarmed people counted in thousands ("hundreds of thousands of Venezuelans",
 * "tens of thousands of people") or named by what they do in the street ("protesters", "demonstrators").
 */
function isCrowd(st: SentenceState, ref: MentionRef): boolean {
  if (!CROWD_SECTORS.has(ref.mention.sector ?? '') || ref.mention.kind !== 'agent' && ref.mention.kind !== 'country') return false;
  const { toks } = st;
  if (st.k.grammar.has(toks[ref.end - 1]!.lower, 'crowd')) return true;
  return toks[ref.start - 1]?.lower === 'of' && CROWD_COUNTS.has(toks[ref.start - 2]?.lower ?? '');
}

/** Counts of a crowd ("thousands of", "tens of thousands of"): not "dozens", which a delegation may be. */
const CROWD_COUNTS = new Set(['thousands', 'hundreds', 'millions']);

/** Words of a military exercise. */
const DRILL_WORDS = new Set(['exercise', 'exercises', 'drill', 'drills', 'maneuver', 'maneuvers', 'manoeuvre', 'manoeuvres', 'wargames', 'game', 'games']);

/**
 * "warships from South Africa, Russia and China began joint naval drills off the coast": a show of force
 * (15) held jointly by several states is military cooperation (062) among them.
 */
export function jointExercise(st: SentenceState, m: TriggerMatch, coding: Coding): void {
  if (coding.code === MILITARY_COOPERATION) return ownServicesExercise(st, m, coding);
  if (rulesOf(coding.code).root !== '15' || !coding.source || !st.k.cameo.get(MILITARY_COOPERATION)) return;
  let joint = false;
  let drill = false;
  // (a noun's own modifiers stand before it: "the India-USA joint military exercise")
  for (let j = m.kind === 'verb' ? m.at : Math.max(st.view.start, m.at - 2); j < m.end; j++) {
    const w = st.toks[j]!.lower;
    if (JOINT_WORDS.has(w)) joint = true;
    if (DRILL_WORDS.has(st.toks[j]!.lemma) || DRILL_WORDS.has(w)) drill = true;
  }
  const group = compoundGroup(st.view, coding.source);
  // (drills of several states named together are joint whether or not the text says so: "Philippine and U.S.
  // troops opened their Balikatan exercises", "the navies of India, the United States and Japan")
  const states = new Set(group.map((r) => r.mention.country).filter(Boolean));
  // "the India-USA joint military exercise": a joint drill of the source with the state hyphenated to it
  const partner = joint ? hyphenPartner(st, coding.source) : null;
  if (!(joint && group.length >= 2) && !(drill && states.size >= 2) && !partner) return;
  coding.code = MILITARY_COOPERATION;
  coding.target = partner;
  coding.rule += '/joint';
}

/** The state joined to `ref` by a hyphen ("India-USA", "the US-Philippine drills"), of another country; or null. */
function hyphenPartner(st: SentenceState, ref: MentionRef): MentionRef | null {
  const { toks, view } = st;
  const other = toks[ref.start - 1]?.text === '-' ? view.mentionAt.get(ref.start - 2) : toks[ref.end]?.text === '-' ? view.mentionAt.get(ref.end + 1) : undefined;
  return other && other.mention.country && other.mention.country !== ref.mention.country ? other : null;
}

/** Words that make an exercise one held together. */
const JOINT_WORDS = new Set(['joint', 'bilateral', 'trilateral', 'combined']);

/**
 * "The Eastern Theater Command ... had begun joint exercises of its army, navy, air force and rocket force around
 * Taiwan": exercises joint only among one state's own services are its show of force (150), aimed at the place
 * they surround, not military cooperation with itself.
 */
function ownServicesExercise(st: SentenceState, m: TriggerMatch, coding: Coding): void {
  const source = coding.source;
  const country = source?.mention.country;
  if (!source || !country || !st.k.cameo.get(SHOW_OF_FORCE)) return;
  // (only what the text calls joint: taking part in drills is doing them with others, named or not)
  if (!m.consumed.some((c) => st.toks[c]!.lower === 'joint')) return;
  if (coding.target && coding.target.mention.country !== country) return;
  if (compoundGroup(st.view, source).some((r) => r.mention.country !== country)) return;
  const { toks, view } = st;
  coding.code = SHOW_OF_FORCE;
  const where = placeTarget(view, st.places, toks[m.at]!.span[0], toks[Math.min(view.end, st.ct.clauseEnd(m.at)) - 1]!.span[1], source);
  coding.target = where && where.mention.country !== country ? where : null;
  coding.rule += '/own-services';
}

/** CAMEO 150: demonstrate military or police power. */
const SHOW_OF_FORCE = '150';

/**
 * "The Iraqi and Syrian sides officially reopened the Al-Qaim - Albu Kamal border crossing", "Abiy Ahmed and Isaias
 * Afwerki reopened two crossings on their border", "Belgium, France, ... scrapped passport checks at their common
 * borders": what two states reopen or ease together is their economic cooperation (061, both ways), not one easing
 * a restriction on the other.
 */
export function jointReopening(st: SentenceState, m: TriggerMatch, coding: Coding): void {
  // (and restrictions two or more states scrap at their common borders: "scrapped passport checks")
  if (!coding.code.startsWith('081') || coding.target || !coding.source || !st.k.cameo.get(ECONOMIC_COOPERATION)) return;
  const countries = new Set(compoundGroup(st.view, coding.source).map((r) => r.mention.country).filter((c) => !!c));
  if (countries.size < 2) return;
  coding.code = ECONOMIC_COOPERATION;
  coding.target = null;
  coding.rule += '/joint';
}

/** CAMEO 061: cooperate economically. */
const ECONOMIC_COOPERATION = '061';

/**
 * "The first Australian-led peacekeepers landed in East Timor", "a Japanese rescue team arrived in Sichuan",
 * "Cuban doctors and nurses landed in Milan": peacekeepers, rescuers or doctors arriving somewhere come to
 * protect (074) or to help (073), not to visit, whatever their sector; the place they reach is the target.
 * The words are read over the subject's whole noun phrase ("relief flights from New Zealand and Australia").
 */
export function helpersArrive(st: SentenceState, m: TriggerMatch, coding: Coding): boolean {
  const source = coding.source;
  // (forces "flew into Mogadishu as the vanguard of an African Union peacekeeping force": the words may follow the verb)
  const deployed = ARRIVALS_OF_FORCES.has(m.pattern.id);
  if (m.kind !== 'verb' || (coding.code !== VISIT && !deployed) || !source || coding.passive || source.start > m.at) return false;
  const { toks, view } = st;
  const g = st.k.grammar;
  let from = source.start;
  while (from > view.start && from > source.start - PHRASE_REACH) {
    const t = toks[from - 1]!;
    if (!NOUN_PHRASE_POS.has(t.pos) && t.lower !== 'of' && t.lower !== 'from' && t.lower !== 'and' && t.text !== '-') break;
    from--;
  }
  let code: string | null = null;
  // (for forces deployed, their purpose or relative clause too, up to a comma: "to purify water and rebuild
  // schools", "soldiers who will integrate the United Nations Stabilisation Mission")
  const to = deployed ? clauseOrPurposeEnd(st, m.at) : m.at;
  for (let j = from; j < to && code !== PEACEKEEPING; j++) {
    const flags = g.flags(toks[j]!.lower) | g.flags(toks[j]!.lemma);
    if (flags & GRAMMAR_BIT.peacekeeper) code = PEACEKEEPING;
    else if (flags & GRAMMAR_BIT['relief-worker']) code = HUMANITARIAN_AID;
  }
  if (!code || !st.k.cameo.get(code)) return false;
  // where they arrive is the target, not whom they help there; helpers arriving at home are no foreign aid
  const limit = objectLimit(st, m.at);
  // (or a state named as where they go: "dispatched this Monday to Haiti the first 150 soldiers")
  const where = placeTarget(view, st.places, toks[m.at]!.span[0], toks[limit - 1]!.span[1], source)
    ?? view.mentions.find((r) => r.start > m.at && r.end <= limit && r.mention.kind === 'country' && r.mention.country !== source.mention.country) ?? null;
  if (!where || where.mention.country === source.mention.country) return false;
  coding.code = code;
  coding.target = where;
  coding.rule += '/helpers';
  return true;
}

/** Where the words about forces deployed at `at` end: the next comma, semicolon or the sentence's end. */
function clauseOrPurposeEnd(st: SentenceState, at: number): number {
  const { toks, view } = st;
  let j = at + 1;
  while (j < view.end && toks[j]!.text !== ',' && toks[j]!.text !== ';') j++;
  return j;
}

/** Codes of forces going somewhere that a request turns into protection: a visit, a deployment of police or troops. */
const REQUESTED_MOVES = new Set(['042', '153', '154']);
/** How far after the verb "at the request of" may be. */
const REQUEST_REACH = 22;
/** Words of a request or invitation that brings forces in. */
const REQUEST_NOUNS = new Set(['request', 'invitation']);
/** Prepositions before such a request ("at the request of", "on the invitation of", "upon Tonga's request"). */
const REQUEST_OPENERS = new Set(['at', 'on', 'upon']);

/**
 * "Troops and police from New Zealand and Australia flew into Nuku'alofa overnight at the request of Tonga's
 * government", "arrived ... on the request of its President": forces a state asks in protect it (074); the
 * one who asked is the target.
 */
export function forcesAtRequest(st: SentenceState, m: TriggerMatch, coding: Coding): boolean {
  const source = coding.source;
  const sector = source?.mention.sector;
  // (forces going themselves, or a state deploying them: "Rwanda began deploying 1,000 soldiers ... at the request of")
  // (and forces leaving their own capital for it: "A column of the Chadian army left N'Djamena ... at the request of")
  const setOut = m.pattern.id === 'leave-x-armed' && !!source && coding.target?.mention.kind === 'country'
    && coding.target.mention.country === source.mention.country;
  if (m.kind !== 'verb' || !source || coding.passive || !(REQUESTED_MOVES.has(coding.code) || setOut)
    || (sector !== 'MIL' && sector !== 'COP' && (coding.code === VISIT || setOut))) return false;
  const { toks, view } = st;
  // (an adjunct as long as "at the request of" may close a long sentence: the whole sentence is read)
  for (let j = m.at + 1; j < view.end; j++) {
    if (toks[j]!.text === ';') break;
    if (!REQUEST_NOUNS.has(toks[j]!.lower) || j > m.at + REQUEST_REACH && toks[j - 2]?.text !== ',' && toks[j - 3]?.text !== ',') continue;
    // "at the request of X", "on the request of its President", "at Tonga's request"
    let asker: MentionRef | null = null;
    let opener = j - 1;
    if (toks[j + 1]?.lower === 'of') {
      // (past a determiner and modifiers: "of its Sunni rulers")
      for (let q = j + 2; q < Math.min(view.end, j + 6) && !asker; q++) {
        asker = view.mentionAt.get(q) ?? null;
        if (!asker && toks[q]!.pos !== 'DET' && toks[q]!.pos !== 'PRON' && toks[q]!.pos !== 'ADJ' && toks[q]!.pos !== 'PROPN') break;
      }
    } else if (toks[j - 1]?.lower === "'s" || toks[j - 1]?.lower === '’s') {
      asker = view.mentionAt.get(j - 2) ?? null;
      opener = asker ? asker.start - 1 : opener;
    }
    if (toks[opener]?.lower === 'the') opener--;
    if (!asker || !REQUEST_OPENERS.has(toks[opener]?.lower ?? '')) continue;
    // ("at the invitation of its Sunni rulers": one who asked with no country named is of the place the forces reach)
    if (!asker.mention.country) {
      const where = coding.target ?? placeTarget(view, st.places, toks[m.at]!.span[0], toks[j]!.span[0], source);
      if (where?.mention.country) asker = where;
    }
    if (!asker.mention.country || asker.mention.country === source.mention.country) return false;
    if (!st.k.cameo.get(PEACEKEEPING)) return false;
    coding.code = PEACEKEEPING;
    coding.target = asker;
    coding.rule += '/at-request';
    return true;
  }
  // forces leaving their own capital set out; they withdraw from nowhere
  if (setOut && st.k.cameo.get(DEPLOY)) {
    coding.code = DEPLOY;
    coding.target = null;
    coding.rule += '/setting-out';
  }
  return false;
}

/**
 * "about 80 Japanese ground troops rolled into Samawa to purify water and rebuild schools", "flew into Dili to
 * reinforce the international stabilisation force", "had sent about 100 U.S. troops, most of them special forces,
 * to central Africa to help Uganda": forces or police arriving or sent abroad for a purpose of help come to protect
 * (074) or to relieve (073), toward the one they help or else the state they reach, not to deploy against it.
 */
export function forcesWithPurpose(st: SentenceState, m: TriggerMatch, coding: Coding): boolean {
  const source = coding.source;
  const sector = source?.mention.sector;
  // (forces going themselves, or a state sending them: "had sent about 100 U.S. troops ... to help Uganda")
  if (m.kind !== 'verb' || !source || coding.passive || !REQUESTED_MOVES.has(coding.code)
    || (sector !== 'MIL' && sector !== 'COP' && !SENDINGS_OF_FORCES.has(m.pattern.id))) return false;
  const { toks, view, ct } = st;
  const end = Math.min(ct.clauseEnd(m.at), m.end + PURPOSE_REACH);
  for (let j = m.end; j + 1 < end; j++) {
    if (toks[j]!.text === ';' || st.isSpeech(j)) return false;
    if (toks[j]!.lower !== 'to') continue;
    const verb = toks[j + 1]!;
    const g = st.k.grammar;
    const code = g.has(verb.lemma, 'protecting-purpose') ? PEACEKEEPING : g.has(verb.lemma, 'relieving-purpose') ? HUMANITARIAN_AID : null;
    if (!code || !st.k.cameo.get(code)) continue;
    // whom they help ("to help Uganda", "to help Kinshasa restore peace"), else the state they reach
    const helped = verb.lemma === 'help' || verb.lemma === 'assist' ? view.mentionAt.get(j + 2) ?? null : null;
    const where = helped?.mention.country ? helped
      : placeTarget(view, st.places, toks[m.at]!.span[0], toks[end - 1]!.span[1], source)
        ?? view.mentions.find((r) => r.start > m.at && r.end <= end && r.mention.kind === 'country' && r.mention.country !== source.mention.country) ?? null;
    if (!where?.mention.country || where.mention.country === source.mention.country) return false;
    // ("along the U.S.-Mexico frontier to help stem drug smuggling": a place of the forces' own state on the way is home,
    // and so is a border it shares)
    if (!helped && (homeNamed(st, source.mention.country, m.at, j) || sharedWithHome(st, where, source.mention.country))) return false;
    coding.code = code;
    coding.target = where;
    coding.rule += '/purpose';
    return true;
  }
  return false;
}

/** Whether the state `country` is named as a place (the country itself, not a city) between tokens `from` and `to`. */
function homeNamed(st: SentenceState, country: string | null, from: number, to: number): boolean {
  if (!country) return false;
  const a = st.toks[from]!.span[0];
  const b = st.toks[to]!.span[0];
  return st.places.some((p) => p.kind === 'country' && p.country === country && p.span[0] >= a && p.span[1] <= b);
}

/** Whether a state's mention is joined by a hyphen to one of `country` ("the U.S.-Mexico frontier"). */
function sharedWithHome(st: SentenceState, ref: MentionRef, country: string | null): boolean {
  const { toks, view } = st;
  const before = toks[ref.start - 1]?.text === '-' ? view.mentionAt.get(ref.start - 2) : undefined;
  const after = toks[ref.end]?.text === '-' ? view.mentionAt.get(ref.end + 1) : undefined;
  return !!country && (before?.mention.country === country || after?.mention.country === country);
}

/** Rows for a state sending forces somewhere. */
const SENDINGS_OF_FORCES = new Set(['send-troops', 'dispatch-troops', 'deploy-troops']);
/** How far after a movement its purpose may be ("flew into Dili on Tuesday to reinforce"). */
const PURPOSE_REACH = 20;

/** Rows for forces arriving somewhere (deployments, 154). */
const ARRIVALS_OF_FORCES = new Set([
  'arrive-in-armed', 'fly-into-armed', 'land-in-armed', 'roll-into-armed',
  // ("dispatched to Haiti 150 soldiers who will integrate the United Nations Stabilisation Mission")
  'send-troops', 'dispatch-troops', 'deploy-troops',
]);

/** CAMEO 042: make a visit; 073: humanitarian aid; 074: military protection or peacekeeping. */
export const VISIT = '042';
const HUMANITARIAN_AID = '073';
const PEACEKEEPING = '074';
/** How many words before its first actor a subject's noun phrase may begin ("the first relief flights from"). */
const PHRASE_REACH = 6;

/** CAMEO 062: cooperate militarily. */
const MILITARY_COOPERATION = '062';

/** CAMEO 191: impose blockade, restrict movement. */
const RESTRICT_MOVEMENT = '191';
