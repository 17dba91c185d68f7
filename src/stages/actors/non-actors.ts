// Drops mentions that name an actor without being one: a dateline ("TBILISI, Dec 3 —"), a
// modifier of another group ("Turkish-backed militia", "Iranian-trained fighters") and a channel
// ("posted on social media").
import type { ActorMention, Token } from '../../model/types.js';

/** Words after "X-" that make X the backer, not the actor ("X-led" and "X-brokered" stay: X leads). */
const MODIFIER_HEADS = new Set([
  'backed', 'supported', 'sponsored', 'funded', 'allied', 'aligned', 'affiliated', 'linked',
  'inspired', 'armed', 'trained', 'friendly', 'oriented', 'based',
]);
const DATELINE_END = new Set([',', '—', '–', '-', '(']);
const DASHES = new Set(['—', '–', '-', '--']);
/** "social media", "social networks": where something was posted, not the press. */
const CHANNEL_AFTER_SOCIAL = new Set(['media', 'network', 'networks']);

/** Media that carry what was said: "on (national|state) television" is where, not who. */
const BROADCAST_CHANNELS = new Set(['television', 'tv', 'radio']);

/** The words before token `first` are "on" and lower-case adjectives ("on national television"). */
function channelAfterOn(tokens: readonly Token[], first: number): boolean {
  for (let j = first - 1; j >= 0 && j >= first - 4; j--) {
    const t = tokens[j]!;
    if (t.lower === 'on') return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return false;
  }
  return false;
}

/** Where a shared name was read (`Congo`), its candidate countries, and its character span. */
export interface AmbiguousName {
  candidates: string[];
  from: number;
  to: number;
}

/**
 * Settles the mentions built on a name several countries share (`Congo`, `Georgia`): the candidate the
 * article's other mentions and places name (Congolese, Kinshasa, in Tbilisi) when exactly one is named; else a
 * mention that was only the name is dropped (returned) and one with a sector keeps the sector alone
 * ("Congo's army" → MIL), for the article's country to fill as for any unnamed institution.
 */
export function settleAmbiguous(out: ActorMention[], names: readonly AmbiguousName[], places: ReadonlySet<string>): Set<number> {
  // (a known person's code is the person's own: "Georgia's Mikheil Saakashvili")
  const on = (m: ActorMention) => (m.kind === 'person' && m.entry ? undefined
    : names.find((a) => a.from >= m.span[0] && a.to <= m.span[1] && m.country === a.candidates[0]));
  // the countries of places ("in Tbilisi"), then of every mention not built on a shared name
  const named = new Set<string>(places);
  for (const m of out) if (m.country && !on(m)) named.add(m.country);
  const drop = new Set<number>();
  out.forEach((m, k) => {
    const a = on(m);
    if (!a) return;
    const present = a.candidates.filter((c) => named.has(c));
    if (present.length === 1) {
      const c = present[0]!;
      m.country = c;
      m.code = c + (m.code ?? '').slice(3);
    } else if (m.kind === 'country' && !m.sector) {
      drop.add(k);
    } else {
      m.country = null;
      m.code = m.sector || null;
      m.rule = m.rule.replace('actor/dictionary', 'actor/agent');
    }
  });
  return drop;
}

export function dropNonActors(
  out: ActorMention[], tokens: readonly Token[], also?: ReadonlySet<number>, currencies: ReadonlySet<string> = NO_WORDS,
): ActorMention[] {
  const drop = new Set<number>(also);
  let t = 0;
  out.forEach((m, k) => {
    while (t < tokens.length && tokens[t]!.span[1] <= m.span[1] - 1) t++;
    const next = tokens[t + 1];
    const after = tokens[t + 2];
    if (next && after && next.text === '-' && next.span[0] === m.span[1] && MODIFIER_HEADS.has(after.lower)) drop.add(k);
    if (m.kind === 'agent' && m.text.length <= 8 && CHANNEL_AFTER_SOCIAL.has(m.text.toLowerCase()) && tokens[firstTokenOf(tokens, m, t) - 1]?.lower === 'social') drop.add(k);
    // "3 billion U.S. dollars of loans", "16.6 billion Canadian dollars' worth of goods": a state's currency is money
    // ("the U.S. won the vote": not a verb)
    if (m.kind === 'country' && next && currencies.has(next.lower) && next.pos !== 'VERB' && next.pos !== 'AUX') drop.add(k);
    // "seized a tanker in the Gulf of Oman", "refineries on the Gulf of Mexico": a sea named after a state is no actor
    if (m.kind === 'country' && waterBodyOf(tokens, firstTokenOf(tokens, m, t))) drop.add(k);
    // "said on national television", "announced on state radio": the channel, not an actor
    if (m.kind === 'agent' && !m.country && BROADCAST_CHANNELS.has(m.text.toLowerCase().split(' ').pop()!) && channelAfterOn(tokens, firstTokenOf(tokens, m, t))) drop.add(k);
    // "NIAMEY, Aug 7 (Reuters) -": the agency credited in a dateline reports; it is no party to the story
    if (m.sentence === 0 && next?.text === ')' && after && DASHES.has(after.text) && tokens[firstTokenOf(tokens, m, t) - 1]?.text === '(') drop.add(k);
    if (k === 0 && m.sentence === 0 && (m.kind === 'country' || m.rule === 'actor/capital') && next && DATELINE_END.has(next.text)) {
      const first = tokens.findIndex((tok) => tok.span[0] >= m.span[0]);
      if (first === 0 && (m.text === m.text.toUpperCase() || next.text !== ',' || isDatelineComma(tokens, t + 1))) drop.add(k);
      // "GOMA, Democratic Republic of Congo —": the country after a capitalised place opening the text
      else if (first >= 2 && tokens[first - 1]!.text === ',' && next.text !== ',' && placeInCapitals(tokens, first - 1)) drop.add(k);
    }
  });
  if (drop.size === 0) return out;
  const index = new Map<number, number>();
  const kept: ActorMention[] = [];
  out.forEach((m, k) => {
    if (drop.has(k)) return;
    index.set(k, kept.length);
    kept.push(m);
  });
  for (const m of kept) {
    if (m.antecedent === undefined) continue;
    const to = index.get(m.antecedent);
    // undefined, not deleted: the record leaves it out all the same, and the mention keeps its hidden class
    m.antecedent = to;
  }
  return kept;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Names of seas and straits that take "of" and a state's name ("the Gulf of Oman", "the Sea of Japan"). */
const WATER_BODIES = new Set(['gulf', 'sea', 'bay', 'strait', 'straits']);

/** Whether tokens `j` and `j + 1` read "Gulf of", "Sea of", ...: the name of a sea follows. */
export function namesSea(tokens: readonly Token[], j: number): boolean {
  return j >= 0 && tokens[j + 1]?.lower === 'of' && WATER_BODIES.has(tokens[j]!.lower) && /^\p{Lu}/u.test(tokens[j]!.text);
}

/** Whether the mention starting at token `first` ends "Gulf of", "Sea of", ... (a sea, not the state). */
function waterBodyOf(tokens: readonly Token[], first: number): boolean {
  return first >= 2 && namesSea(tokens, first - 2);
}

/** "havana , feb 7" / "Kabul, Afghanistan —": the comma is followed by a date or a country and a dash. */
/** The tokens before `comma` (from the text's start) are one to three words in capitals: a dateline's place. */
function placeInCapitals(tokens: readonly Token[], comma: number): boolean {
  if (comma > 3) return false;
  for (let j = 0; j < comma; j++) {
    const x = tokens[j]!.text;
    if (!/\p{Lu}/u.test(x) || x !== x.toUpperCase()) return false;
  }
  return true;
}

function isDatelineComma(tokens: readonly Token[], comma: number): boolean {
  for (let j = comma + 1; j < Math.min(tokens.length, comma + 6); j++) {
    const x = tokens[j]!.text;
    if (x === '—' || x === '–' || x === '(' || x === '-') return true;
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return false;
  }
  return false;
}

const MIN_SENTENCES = 3;
const GOVERNMENT_WORD = /\bgovernment\b/i;
const ARMED = new Set(['MIL', 'REB']);

/** State institutions, the opposition and rebels act inside their own country; an unnamed one belongs to the article's country. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'OPP', 'REB']);

/**
 * "the government", "the Interior Ministry", "riot police" with no country in an article that is
 * mostly about one country belong to it: the article's country holds at least 60% of the actor
 * mentions that name a country, and at least two of them, in an article of three sentences or more (a state
 * named bare, with no office or body, counts half).
 */
export function inheritArticleCountry(out: ActorMention[], sentences: number): void {
  // a sentence coded alone says too little about "its" country
  if (sentences < MIN_SENTENCES) return;
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of out) {
    if (!m.country) continue;
    // a state named bare is as often what its people's officials act on ("accused Israel of") as whose they are
    const weight = m.code === m.country ? 0.5 : 1;
    counts.set(m.country, (counts.get(m.country) ?? 0) + weight);
    total += weight;
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [c, n] of counts) if (n > bestCount) { best = c; bestCount = n; }
  if (!best || bestCount < 2 || bestCount / total < 0.6) return;
  // "Israeli warplanes struck Rafah, the army said": armed forces another country also fields here stay
  // unassigned (a government, police or court named without a country is the article's own)
  const foreignSectors = new Set(out.filter((m) => m.country && m.country !== best && ARMED.has(m.sector)).map((m) => m.sector));
  for (const m of out) {
    if (m.country || !STATE_SECTORS.has(m.sector) || (m.code && m.code !== m.sector)) continue;
    // "government forces" are the state's own, whoever else fields troops in the article
    if (foreignSectors.has(m.sector) && !GOVERNMENT_WORD.test(m.text)) continue;
    Object.assign(m, { country: best, code: `${best}${m.sector}`, rule: `${m.rule}+article-country` });
  }
}

/** The index of the mention's first token, searching back from `last`, the index of its last token. */
function firstTokenOf(tokens: readonly Token[], m: ActorMention, last: number): number {
  let i = last;
  while (i > 0 && tokens[i - 1]!.span[0] >= m.span[0]) i--;
  return i;
}
