// Source and target rules shared by every event: codes, own forces, bound possessives, domestic
// actors and places standing for their country.
import type { ActorRef, PlaceMention } from '../../model/types.js';
import type { MentionRef, SentenceView } from './sentence-view.js';
import { rulesOf } from './code-rules.js';

/** Sectors that act inside their own country: an unmarked party to their event shares it. */
export const DOMESTIC_SECTORS = new Set(['COP', 'JUD', 'LEG']);

export const OWN_FORCE_ROOTS = new Set(['03', '08', '12', '15', '16']);

/** Organisations and companies: they belong to no country, so never take the other side's. */
const NO_COUNTRY_CODE = /^(IGO|NGO|IMG|MNC)/;

export function ownForces(source: MentionRef, target: MentionRef, code: string): boolean {
  const s = source.mention;
  const t = target.mention;
  // "recalled its ambassador": the envoy a state recalls or withdraws is its own, not the one it acts against
  if (code.startsWith('16') && t.rule === POSSESSIVE && !!t.code && t.code.slice(0, 3) === s.code?.slice(0, 3)) return true;
  // (its police too: "Australia has pulled its police officers off the streets of Port Moresby", below)
  if ((t.sector !== 'MIL' && t.sector !== 'COP') || !OWN_FORCE_ROOTS.has(code.slice(0, 2))) return false;
  // "Serb forces freed 26 U.N. peacekeepers": an organisation's forces are only its own organisation's
  if (t.code && NO_COUNTRY_CODE.test(t.code)) return !!s.code && s.code.slice(0, 6) === t.code.slice(0, 6);
  // (police only as "its police": "surrendered to police", "rebels freed ten policemen" name others')
  if (t.sector === 'COP') return t.rule === POSSESSIVE;
  return !t.country || t.country === s.country || t.rule === POSSESSIVE;
}

export const POSSESSIVE = 'actor/possessive-agent';

/**
 * "its troops", "their citizens" in the source's own clause are the source's: a possessive
 * pronoun in an object is bound by the subject.
 */
export function bindPossessive(source: MentionRef | null, target: MentionRef | null): MentionRef | null {
  if (!source || !target || target.mention.rule !== POSSESSIVE || !source.mention.country) return target;
  const country = source.mention.country;
  if (target.mention.country === country) return target;
  return { ...target, mention: { ...target.mention, country, code: `${country}${target.mention.sector}` } };
}

export function hasCode(ref: MentionRef | null): boolean {
  return !!ref && !!ref.mention.code;
}

/** The same actor for a target's sake: one mention, one entity, or one code ("Iran ... Iran", "it" for M23). */
export function sameActor(a: MentionRef, b: MentionRef): boolean {
  return a === b || sameEntity(a, b) || (a.mention.code !== null && a.mention.code === b.mention.code);
}

export function sameEntity(a: MentionRef, b: MentionRef): boolean {
  const ma = a.mention;
  const mb = b.mention;
  if (ma.antecedent !== undefined && ma.antecedent === b.index) return true;
  if (mb.antecedent !== undefined && mb.antecedent === a.index) return true;
  return !!ma.name && ma.name === mb.name && ma.kind === 'person';
}

/**
 * "Egyptian police dispersed demonstrators": police, courts and parliaments act at
 * home, so an actor on the other side with a sector but no country shares theirs.
 */
export function domestic(source: ActorRef | null, target: ActorRef | null, code: string): { source: ActorRef | null; target: ActorRef | null } {
  return { source: forceAtHome(source, target, code) ?? inheritCountry(target, source), target: heldAtHome(source, target, code) ?? inheritCountry(source, target) };
}

/** Armed men named by their sector alone: soldiers, gunmen, police. */
const ARMED_SECTORS = new Set(['MIL', 'REB', 'COP']);
/** Sectors of a state's own people and institutions, whom unnamed armed men at home seize or attack (not its troops, often abroad). */
const HOME_TARGET_SECTORS = new Set(['GOV', 'ELI', 'OPP', 'PTY', 'CVL', 'COP', 'JUD', 'LEG', 'EDU', 'MED', 'REL', 'LAB', 'BUS', 'HLH']);

/**
 * "Soldiers arrested Mali's President Moussa Traore", "Gunmen shot dead Haiti's president": armed men with no
 * country who seize or use force (CAMEO 17-20) against a state's own people or officials are that state's.
 * Null when the rule does not apply.
 */
function forceAtHome(source: ActorRef | null, target: ActorRef | null, code: string): ActorRef | null {
  if (!source || source.country || !ARMED_SECTORS.has(source.sector) || source.code !== source.sector) return null;
  if (!target?.country || !HOME_TARGET_SECTORS.has(target.sector) || (target.code && NO_COUNTRY_CODE.test(target.code))) return null;
  const root = Number(code.slice(0, 2));
  if (root < 17 || root > 20) return null;
  return inCountry(source, target.country);
}

/** The state's own sectors, and a bare state (no sector). */
const STATE_SECTORS = new Set(['', 'GOV', 'MIL', 'COP', 'JUD', 'LEG']);

/**
 * "Belarusian authorities arrested dissident journalist Roman Protasevich", "Turkish authorities detained
 * 2,839 soldiers": the people a state arrests, detains, confines or bans (CAMEO 17) with no country of their
 * own named are in its hands, at home; null when the rule does not apply.
 */
function heldAtHome(from: ActorRef | null, to: ActorRef | null, code: string): ActorRef | null {
  if (!code.startsWith('17') || !from?.country || !to || to.country || !to.sector || !STATE_SECTORS.has(from.sector)) return null;
  if (from.code && NO_COUNTRY_CODE.test(from.code)) return null;
  if (to.code && NO_COUNTRY_CODE.test(to.code)) return null;
  return inCountry(to, from.country);
}

/** People who face their own state: "farmers in South Korea demanded that the government ..." is Seoul's government; "the interim government has banned the Awami League" is Bangladesh's. */
const CIVIL_SECTORS = new Set(['OPP', 'CVL', 'EDU', 'LAB', 'AGR', 'REL', 'PTY']);
const INSTITUTION_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'COP']);

/**
 * `to` with the country of `from`, when `from` is a domestic actor and `to` has a sector but no
 * country, or `from` is a civil actor and `to` an unnamed state institution.
 */
function inheritCountry(from: ActorRef | null, to: ActorRef | null): ActorRef | null {
  if (!from || !to || to.country || !from.country || !to.sector) return to;
  if (!DOMESTIC_SECTORS.has(from.sector) && !(CIVIL_SECTORS.has(from.sector) && INSTITUTION_SECTORS.has(to.sector))) return to;
  if (to.code && NO_COUNTRY_CODE.test(to.code)) return to;
  return inCountry(to, from.country);
}

/**
 * "Thousands of junta supporters rallied in a stadium in Niamey": protesters, strikers and crowds
 * named with no country are of the country where they protest (CAMEO 14), when the event has a place.
 */
export function protestersAt(code: string, source: ActorRef | null, location: PlaceMention | null, target: MentionRef | null): ActorRef | null {
  if (!source || source.country || !code.startsWith('14') || !CIVIL_SECTORS.has(source.sector)) return source;
  // "marched through central London", "set fire to shops in central Nuku'alofa": a capital they protest in
  // or against, named as the target, is where they are
  // (or a place they march through or on, taken as the target: "marched through central Hong Kong")
  // (or the government the sentence's one state gave its country: "set fire to government offices in central Nuku'alofa")
  const rule = target?.mention.rule ?? '';
  const country = location?.country ?? (rule === CAPITAL || rule === PLACE_TARGET || rule.endsWith(SENTENCE_COUNTRY) ? target!.mention.country : null);
  if (!country) return source;
  return inCountry(source, country);
}

const CAPITAL = 'actor/capital';
const PLACE_TARGET = 'actor/place-target';

/** People an attack hits where they are: civilians, police, officials (not troops or fighters, often foreign). */
const VICTIMS_AT_HOME = new Set(['CVL', 'COP', 'GOV', 'JUD', 'LEG', 'EDU', 'REL', 'HLH', 'OPP', 'LAB', 'AGR', 'BUS']);
/** People relief reaches where it is delivered. */
const RECEIVERS = new Set(['CVL', 'REF', 'HLH', 'GOV']);

/**
 * Whom an event with a located place acts on, when the text gives them a sector and no country: the people a use
 * of force (CAMEO 18-20) hits ("the bombings that tore through crowds ... in Kampala"), and those relief (07)
 * reaches abroad ("landed in Port Vila with supplies for survivors"), are of the country where it happened.
 */
export function victimsAt(code: string, source: ActorRef | null, target: ActorRef | null, location: PlaceMention | null): ActorRef | null {
  if (!target || target.country || !location?.country || target.code !== target.sector) return target;
  const root = Number(code.slice(0, 2));
  const hit = root >= 18 && root <= 20 && VICTIMS_AT_HOME.has(target.sector);
  const reached = root === 7 && RECEIVERS.has(target.sector) && !!source?.country && source.country !== location.country;
  if (!hit && !reached) return target;
  return inCountry(target, location.country);
}

/** Forces named by their sector alone. */
const FORCES = new Set(['MIL', 'COP']);

/**
 * "Thousands of soldiers were rushed into Manipur", "Army tanks rolled onto the streets of Cairo": forces
 * deployed or put on alert (CAMEO 15) with no country named are the state's where they deploy.
 */
export function deployedAt(code: string, source: ActorRef | null, location: PlaceMention | null): ActorRef | null {
  if (!source || source.country || !location?.country || source.code !== source.sector || !FORCES.has(source.sector) || !code.startsWith('15')) return source;
  return inCountry(source, location.country);
}

/** An actor with no country placed in `country`: its code is prefixed with the country's. */
function inCountry(ref: ActorRef, country: string): ActorRef {
  return { ...ref, country, code: `${country}${ref.code ?? ref.sector}` };
}

export function actorRef(ref: MentionRef | null): ActorRef | null {
  if (!ref) return null;
  const m = ref.mention;
  return { text: m.text, span: m.span, code: m.code, country: m.country, sector: m.sector, name: m.name ?? null };
}

/** A place after the verb (one of the sentence's, `sentencePlaces`) stands for its country as the target of a material action. */
export function placeTarget(
  view: SentenceView, sentencePlaces: readonly PlaceMention[], from: number, to: number, source: MentionRef | null, notCountry: string | null = null,
): MentionRef | null {
  // a place inside the source's own words names it ("the withdrawal of troops from the United States")
  const inSource = (pl: PlaceMention) => !!source && pl.span[0] >= source.mention.span[0] && pl.span[1] <= source.mention.span[1];
  const p = sentencePlaces.find((pl) => pl.span[0] > from && pl.span[1] <= to && pl.country && pl.country !== notCountry && !inSource(pl));
  if (!p) return null;
  const mention = {
    text: p.text, span: p.span, sentence: view.index, kind: 'country' as const, name: p.name,
    code: p.country, country: p.country, sector: '', rule: PLACE_TARGET,
  };
  return { index: -1, mention, start: -1, end: -1 };
}

/** The suffix the actors stage adds to a rule when it gave a mention the sentence's one country. */
const SENTENCE_COUNTRY = '+sentence-country';

/** CAMEO roots of acts a government aims at another state (demands, accusations, threats, cut relations), not at home. */
const AT_OTHERS = new Set(['10', '11', '13', '16']);
/** A state's government and legislature, which the actors stage may place by the sentence's one state. */
const PLACED_STATE_SECTORS = new Set(['GOV', 'LEG']);
/** CAMEO roots of acts between two parties, which no one does with itself (meetings, visits, talks). */
const WITH_ANOTHER = '04';

/**
 * "The government accused Israel of war crimes", "The government recalled its ambassador to Qatar", "Lawmakers declared
 * Russia's actions a genocide": a government or legislature the actors stage gave the sentence's one state only because no other is named does not demand of, accuse, threaten
 * or cut relations with that state itself, nor its own like ("expelled the French ambassador"), and does not meet
 * its own like ("The minister arrived in Kabul to meet President Hamid Karzai"); there it is left without a country.
 * (At home it may well act on its own state: "rejected Iraq's draft constitution".)
 */
export function notAgainstItsOwnState(ref: MentionRef | null, other: MentionRef | null, code: string): MentionRef | null {
  if (!ref || !other || !PLACED_STATE_SECTORS.has(ref.mention.sector)) return ref;
  const m = ref.mention;
  const o = other.mention;
  if (!m.rule.endsWith(SENTENCE_COUNTRY) || !m.country || m.country !== o.country) return ref;
  const root = rulesOf(code).root;
  const against = AT_OTHERS.has(root) && (!o.sector || o.code === m.code);
  const meeting = root === WITH_ANOTHER && o.code === m.code;
  return against || meeting ? { ...ref, mention: { ...m, country: null, code: m.sector, rule: `${m.rule}+not-its-target` } } : ref;
}

/** Sectors of people who are where they are: "police in Sydney" are Australia's (not troops, refugees or the press, often foreign). */
const PLACED_SECTORS = new Set(['GOV', 'COP', 'JUD', 'LEG', 'OPP', 'PTY', 'CVL', 'EDU', 'REL', 'LAB', 'AGR', 'REB', 'HLH', 'BUS']);
/** Prepositions that put an agent in a place ("police in Sydney", "protesters at Redfern"). */
const LOCATED_PREPS = new Set(['in', 'at']);
/** Words that may stand between the preposition and the place ("in the inner Sydney suburb of Redfern"). */
const PLACE_MODIFIERS = 2;

/**
 * "Police in Sydney", "youths at police in the inner Sydney suburb of Redfern": an agent with a sector and no
 * country, followed by "in"/"at" and a place of the sentence (any of the gazetteer's, which the actors stage
 * does not hold), is of that place's country. The mention itself is left as the actors stage coded it.
 */
export function placedByPhrase(view: SentenceView, places: readonly PlaceMention[], ref: MentionRef | null): MentionRef | null {
  if (!ref || ref.end < 0 || places.length === 0) return ref;
  const m = ref.mention;
  // (a country the actors stage only inferred from the sentence's one state is weaker than "in <place>": "a federal
  // grand jury in Pittsburgh indicted five Chinese officers")
  const inferred = m.rule.endsWith(SENTENCE_COUNTRY);
  if ((m.country && !inferred) || !m.sector || (!inferred && m.code !== m.sector) || !PLACED_SECTORS.has(m.sector) || m.antecedent !== undefined) return ref;
  const toks = view.tokens;
  if (!LOCATED_PREPS.has(toks[ref.end]?.lower ?? '')) return ref;
  let q = ref.end + 1;
  if (toks[q]?.pos === 'DET') q++;
  for (let n = 0; n <= PLACE_MODIFIERS && q < view.end; n++, q++) {
    const at = toks[q]!.span[0];
    const place = places.find((p) => p.span[0] === at);
    if (place?.country) {
      const code = place.country + m.sector;
      return { ...ref, mention: { ...m, country: place.country, code, rule: `${m.rule}+place` } };
    }
    if (toks[q]!.pos !== 'ADJ' && toks[q]!.pos !== 'NOUN') return ref;
  }
  return ref;
}
