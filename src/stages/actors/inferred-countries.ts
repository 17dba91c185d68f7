// Countries the text leaves unsaid: a title's or local agent's from its sentence or article, a people's from `in X`.
import type { ActorMention } from '../../model/types.js';
import { resolveRole } from '../../dictionaries/actor-dictionary.js';
import { codeParts } from './code-parts.js';
import type { ActorDoc } from './actor-doc.js';
import { lastOf, NO_MATCH, type Lookups } from './lookups.js';
import type { Mentions } from './mentions.js';

/** The dictionary entry of the U.S. Congress and its chambers (`organizations.tsv`). */
const US_LEGISLATURE = 'org:us-congress';

/** A state's own forces and officials, which a state adjective before a pair of them qualifies alike. */
const STATE_FORCES = new Set(['MIL', 'COP', 'GOV', 'SPY']);

/** Who stands beside a government as its other side at home. */
const BESIDE_GOVERNMENT = new Set(['REB', 'OPP']);

/**
 * Sectors of people who belong where they are (agents.tsv flag `local`, parties, "the government"), less the
 * military and the press, which are often foreign; a sentence about one country gives them its code.
 */
const LOCAL_SECTORS = new Set(['GOV', 'COP', 'JUD', 'LEG', 'OPP', 'PTY', 'CVL', 'EDU', 'REL', 'LAB', 'AGR', 'REB']);

/**
 * Sectors of a state's offices, forces, courts and politics, whose naming places "the government" in that state
 * (not its media or companies, often another's: "suspend the broadcasting of Radio France Internationale").
 */
const HOLDER_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'OPP', 'PTY', 'REB', 'ELI', 'SPY']);

/** Sectors whose people are often another country's (victims, fighters): placed only by a place of the sentence. */
const PLACED_BY_PLACE = new Set(['CVL', 'REB']);

/** A mention coded with its sector alone, in its own right (no country, no antecedent): what these rules place. */
function sectorOnly(m: ActorMention): boolean {
  return !m.country && !!m.sector && m.code === m.sector && m.antecedent === undefined;
}

/** The country inference of one document. */
export function createCountryInference(d: ActorDoc, lookups: Lookups, mentions: Mentions) {
  const { W, tokens, out, info, articleSeen } = d;
  const { nameAt, placesAt } = lookups;
  const { rootOf } = mentions;

  /** The country of a following `in X` / `operating in X` within a few tokens (`ethnic Albanians in Macedonia`). */
  function locatedCountry(k: number, limit: number, date: string | null): string | null {
    for (let q = k; q < limit && q < k + 4; q++) {
      if (!W.locatedPrep.has(tokens[q]!.lower)) continue;
      let r = q + 1;
      if (r < limit && W.determiner.has(tokens[r]!.lower)) r++;
      const n = r < limit ? nameAt(r, limit) : null;
      const e = n?.value.entry;
      if (e && e.kind === 'country' && !e.plural) return resolveRole(e, date).code.slice(0, 3);
      const place = r < limit ? placesAt(r, limit) : NO_MATCH;
      const last = lastOf(place);
      if (last) return last.values[0]!.entry.roles[0]!.code.slice(0, 3);
      return null;
    }
    return null;
  }

  /**
   * `President Dos Santos` with no dictionary entry and no country in the title: when the sentence (or, failing
   * that, the article so far) names exactly one country, the person is taken to hold that country's office.
   */
  function inferTitleCountries(s: number, from: number, places: Set<string>): void {
    placeTitlesAfterUsState(from);
    placeSharedAdjective(from);
    placeRebelsBesideGovernment(from);
    placeOwnedByStateReference(from);
    if (!hasUnplaced(from)) return;
    const countries = new Set<string>(places);
    // states named by one of their offices, forces or politicians ("the Sudanese army"), not bare, nor by a place alone
    // (where talks are held is often no party's: "the talks resumed in Havana, officials said")
    const held = new Set<string>();
    const targets: number[] = [];
    for (let k = from; k < out.length; k++) {
      const m = out[k]!;
      if (unplacedTitle(k) || unplacedLocal(k) || bareBody(k)) targets.push(k);
      else if (m.country && m.antecedent === undefined) {
        countries.add(m.country);
        if (m.code !== m.country && HOLDER_SECTORS.has(m.sector)) held.add(m.country);
      }
    }
    let country: string | null = null;
    const inSentence = countries.size === 1;
    // "Washington cut off aid to Peru after President Alberto Fujimori dissolved Congress": with several
    // states named, a bare "Congress" is the legislature of the office holder named nearest before it
    if (countries.size > 1) for (const k of targets) placeBodyByNearestHolder(k, from);
    if (inSentence) country = [...countries][0]!;
    else if (countries.size === 0 && articleSeen.size === 1) country = [...articleSeen][0]!;
    if (!country) return;
    for (const k of targets) {
      const m = out[k]!;
      const body = bareBody(k);
      if (body) {
        // "Peruvian President Pedro Castillo was removed by Congress": the one state's own legislature
        if (inSentence && body.has(country.toLowerCase())) Object.assign(m, { code: `${country}LEG`, ...codeParts(`${country}LEG`), rule: `${m.rule}+sentence-country` });
        continue;
      }
      // a local agent needs its own sentence to name the country: an article's one place may only be where talks were held
      if (!inSentence && (unplacedLocal(k) || m.rule === 'actor/apposition')) continue;
      // civilians are often another country's victims ("Israeli warplanes killed 10 civilians"), and gunmen
      // another country's fighters: only a place in the sentence says where they are ("Gunmen stormed the
      // Radisson Blu hotel in Mali's capital Bamako")
      if (PLACED_BY_PLACE.has(m.sector) && !places.has(country)) continue;
      // "the government" is the one state's only while the article has named no other (in an article about Lebanon,
      // "the government accused Israel" is Lebanon's), and only when one of that state's offices, bodies or places is
      // named, not the state or a place alone: "The Government will deploy 600 personnel to the United Arab Emirates"
      if (m.sector === 'GOV' && unplacedLocal(k) && (!held.has(country) || [...articleSeen].some((c) => c !== country))) continue;
      const code = country + m.sector;
      const rule = m.rule === 'actor/title-name' ? 'actor/title-inferred' : `${m.rule}+sentence-country`;
      Object.assign(m, { code, ...codeParts(code), rule });
      for (let r = k + 1; r < out.length; r++) {
        if (out[r]!.antecedent !== undefined && rootOf(r) === k) Object.assign(out[r]!, { code, ...codeParts(code) });
      }
    }
  }

  /**
   * "British sailors and marines", "Iraqi soldiers and policemen": a state's adjective before the first of two
   * of its forces joined by a bare "and" qualifies both; the second, with no country of its own, takes it.
   * (Only the state's own forces and officials: in "Russian troops and rebels" the rebels are not Russia's.)
   */
  function placeSharedAdjective(from: number): void {
    for (let k = from + 1; k < out.length; k++) {
      const m = out[k]!;
      const first = out[k - 1]!;
      if (m.kind !== 'agent' || !sectorOnly(m) || !STATE_FORCES.has(m.sector) || first.kind !== 'agent' || !first.country
        || first.antecedent !== undefined || !STATE_FORCES.has(first.sector ?? '') || first.code !== first.country + first.sector) continue;
      // the first opens with the adjective ("British sailors"), and only "and" stands between the two
      const at = info[k - 1]!.start;
      if (tokens[at]!.pos !== 'ADJ' && tokens[at]!.pos !== 'PROPN') continue;
      if (info[k]!.start !== info[k - 1]!.end + 1 || tokens[info[k - 1]!.end]!.lower !== 'and') continue;
      const code = first.country + m.sector;
      Object.assign(m, { code, ...codeParts(code), rule: `${m.rule}+shared-adjective` });
    }
  }

  /**
   * "Guatemala's government and the leftist URNG guerrilla alliance", "rebels and the Sudanese government":
   * "Venezuela's government and the opposition": rebels or an opposition named with no country beside a
   * state's government, joined to it by "and", face that government at home (the pair that signs, talks or
   * fights); they take its country.
   */
  function placeRebelsBesideGovernment(from: number): void {
    for (let k = from; k < out.length; k++) {
      const m = out[k]!;
      if (m.kind !== 'agent' || !sectorOnly(m) || !BESIDE_GOVERNMENT.has(m.sector)) continue;
      const partner = [k - 1, k + 1].find((j) => j >= from && j < out.length && out[j]!.sector === 'GOV' && !!out[j]!.country
        && joinedByAnd(Math.min(j, k), Math.max(j, k)));
      if (partner === undefined) continue;
      const code = out[partner]!.country! + m.sector;
      Object.assign(m, { code, ...codeParts(code), rule: `${m.rule}+government-partner` });
    }
  }

  /**
   * "Sudan's main protest group said the country's new military rulers must ...": an agent owned by "the
   * country's", "the kingdom's" with no country of its own belongs to the state named last before it.
   */
  function placeOwnedByStateReference(from: number): void {
    for (let k = from; k < out.length; k++) {
      const m = out[k]!;
      if (m.kind !== 'agent' || !sectorOnly(m)) continue;
      let q = info[k]!.start - 1;
      for (let n = 0; n < 3 && q > 0 && (tokens[q]!.pos === 'ADJ' || tokens[q]!.pos === 'ADV' || tokens[q]!.pos === 'NUM'); n++) q--;
      if (q < 2 || !W.possessive.has(tokens[q]!.lower) || !W.stateReference.has(tokens[q - 1]!.lower) || tokens[q - 2]!.lower !== 'the') continue;
      let state: string | null = null;
      for (let j = k - 1; j >= 0 && !state; j--) if (out[j]!.country && info[j]!.end <= q - 2) state = out[j]!.country;
      if (!state) continue;
      const code = state + m.sector;
      Object.assign(m, { code, ...codeParts(code), rule: `${m.rule}+state-reference` });
    }
  }

  /** "Minnesota Governor Tim Walz", "the New York governor": a title with no country right after a state of the United States. */
  function placeTitlesAfterUsState(from: number): void {
    for (let k = from; k < out.length; k++) {
      const m = out[k]!;
      if ((m.kind !== 'person' && m.kind !== 'agent') || !sectorOnly(m)) continue;
      const q = info[k]!.start;
      const one = tokens[q - 1]?.lower ?? '';
      const two = q >= 2 ? `${tokens[q - 2]!.lower} ${one}` : '';
      if (!W.usState.has(one) && !W.usState.has(two)) continue;
      Object.assign(m, { code: `USA${m.sector}`, ...codeParts(`USA${m.sector}`), rule: `${m.rule}+us-state` });
    }
  }

  /** Whether only "and", determiners, modifiers and unknown names stand between mentions a and b (a < b). */
  function joinedByAnd(a: number, b: number): boolean {
    let and = false;
    for (let t = info[a]!.end; t < info[b]!.start; t++) {
      const tok = tokens[t]!;
      if (tok.lower === 'and') and = true;
      else if (!and || (tok.pos !== 'DET' && tok.pos !== 'ADJ' && tok.pos !== 'PROPN' && tok.pos !== 'NOUN') || tok.lower.endsWith('ing')) return false;
    }
    return and;
  }

  /** `placeBody` for a bare "Congress" among several states: the state of the nearest person or government before it. */
  function placeBodyByNearestHolder(k: number, from: number): void {
    const body = bareBody(k);
    if (!body) return;
    for (let j = k - 1; j >= from; j--) {
      const h = out[j]!;
      if (!h.country || (h.kind !== 'person' && h.sector !== 'GOV')) continue;
      if (body.has(h.country.toLowerCase())) {
        const m = out[k]!;
        Object.assign(m, { code: `${h.country}LEG`, ...codeParts(`${h.country}LEG`), rule: `${m.rule}+holder-country` });
      }
      return;
    }
  }

  /** A title with a name but no country ("President Jan Novak", "a junta spokesman, Colonel Amadou Abdramane,"). */
  function unplacedTitle(k: number): boolean {
    const m = out[k]!;
    return (m.rule === 'actor/title-name' || (m.rule === 'actor/apposition' && m.kind === 'person')) && !m.country && !!m.sector && !info[k]!.entry;
  }

  /**
   * Students, farmers, protesters, police, a court with no country: people of the one country the
   * sentence is about ("students marched through central Beijing", "Mugabe warned white farmers").
   */
  function unplacedLocal(k: number): boolean {
    const m = out[k]!;
    return m.kind === 'agent' && !m.country && m.antecedent === undefined && m.code === m.sector && LOCAL_SECTORS.has(m.sector ?? '');
  }

  /**
   * "Congress", "the Senate", "the House of Representatives" with no state named: the dictionary reads
   * them as the U.S. bodies; the states whose own legislature has that name (`words.tsv`), or null.
   */
  function bareBody(k: number): ReadonlySet<string> | null {
    if (info[k]!.entry?.id !== US_LEGISLATURE) return null;
    const bare = out[k]!.text.toLowerCase().replace(/^the\s+/, '');
    return bare === 'congress' ? W.congressOf : bare === 'senate' ? W.senateOf : bare === 'house of representatives' ? W.houseOf : null;
  }

  /** Whether the sentence's mentions from `from` on hold a title or local agent without a country (most sentences: none). */
  function hasUnplaced(from: number): boolean {
    for (let k = from; k < out.length; k++) if (unplacedTitle(k) || unplacedLocal(k) || bareBody(k)) return true;
    return false;
  }

  return { locatedCountry, inferTitleCountries };
}
