// The places stage: finds place names, keeps those used as locations, and picks the entry the article's context favours.
import path from 'node:path';
import type { ActorMention, PlaceMention, Span, Token } from '../../model/types.js';
import { layer, type Doc, type Stage } from '../../pipeline/stage.js';
import { readTsvRows } from '../../dictionaries/tsv-rows.js';
import { DIVISION_WORDS, type GazEntry, type Gazetteer } from './gazetteer.js';

const DIVISION_WORD_SET: ReadonlySet<string> = new Set(DIVISION_WORDS);
import { hashString, hashTokenSpans } from './key-hash.js';
import { Scratch } from '../../pipeline/scratch.js';

/** Actor kinds whose names may contain place names that are not places (`Islamic Salvation Front`). */
const NAME_KINDS: ReadonlySet<string> = new Set(['person', 'group', 'igo', 'body']);
/** Tokens a name may span; official names (`Democratic Republic of the Congo`) reach six words. */
const MAX_TOKENS = 8;
/** In an all-lower-case document only names this well known are trusted without a capital. */
const LOWERCASE_MIN_POPULATION = 1_000_000;
const UNSAFE_SLICE = /[\n\r\t]|\s\s/;

export interface LocativeWords {
  preps: ReadonlySet<string>;
  ofHeads: ReadonlySet<string>;
}

const locativeCache = new Map<string, LocativeWords>();
export function loadLocativeWords(dataDir: string): LocativeWords {
  const hit = locativeCache.get(dataDir);
  if (hit) return hit;
  const preps = new Set<string>();
  const ofHeads = new Set<string>();
  for (const { cells } of readTsvRows(path.join(dataDir, 'places', 'locative-words.tsv'))) {
    (cells[1] === 'of-head' ? ofHeads : preps).add(cells[0]!.toLowerCase());
  }
  const words = { preps, ofHeads };
  locativeCache.set(dataDir, words);
  return words;
}

interface Candidate {
  first: number;
  end: number;
  key: string;
  entries: readonly GazEntry[];
  locative: boolean;
  /** Set by `X, the capital of Y`: the country Y names. */
  capitalOf?: string | null;
  /** Set by `X in Y`, `X, Y`, `X airport in Y`: the country Y the place is said to lie in. */
  within?: string | null;
}

export function createPlacesStage(gaz: Gazetteer, dataDir: string = gaz.dataDir): Stage<'places'> {
  const loc = loadLocativeWords(dataDir);
  return {
    name: 'places',
    needs: ['repair', 'segment', 'actors'],
    run(doc: Doc): PlaceMention[] {
      const { text } = layer(doc, 'repair');
      const { tokens } = layer(doc, 'segment');
      const actors = layer(doc, 'actors');
      const lowerDoc = isLowerCaseDoc(tokens);
      const blocked = blockedSpans(actors);
      const candidates = findCandidates(text, tokens, gaz, lowerDoc, blocked, loc);

      // Country context: every country named (as actor or place), actors' countries, unambiguous places.
      const context = new Set<string>();
      for (const a of actors) if (a.country) context.add(a.country);
      for (const c of candidates) {
        // A name that may be a false friend (`Nice`) must not vouch for itself.
        if (gaz.notPlaces.get(c.key) === 'context' || c.entries.every((e) => e.needsContext)) continue;
        const named = c.entries.find((e) => e.kind === 'country');
        if (named?.country) {
          context.add(named.country);
          continue;
        }
        const countries = new Set(c.entries.map((e) => e.country));
        const only = c.entries[0]!.country;
        if (countries.size === 1 && only) context.add(only);
      }
      markCapitalOf(tokens, candidates);
      markWithin(tokens, candidates);

      const out: PlaceMention[] = [];
      for (const c of candidates) {
        const picked = pick(c, tokens, gaz, context, lowerDoc);
        if (!picked) continue;
        const { entry, rule, kind } = picked;
        const span: Span = [tokens[c.first]!.span[0], tokens[c.end - 1]!.span[1]];
        out.push({
          text: text.slice(span[0], span[1]), span, name: entry.name, country: entry.country,
          lat: entry.lat, lon: entry.lon, kind, sentence: tokens[c.first]!.sentence, rule,
        });
      }
      return out;
    },
  };
}

function findCandidates(
  text: string, tokens: Token[], gaz: Gazetteer, lowerDoc: boolean, blocked: Span[], loc: LocativeWords,
): Candidate[] {
  const out: Candidate[] = [];
  // in a text with capitals a name starts and ends on a capitalised token: known for every token at once
  const caps = lowerDoc ? null : capitalisedTokens(tokens);
  let b = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (caps && !caps[i]) continue;
    const t = tokens[i]!;
    if (!gaz.firstWordHashes.has(hashString(t.lower)) || !gaz.firstWords.has(t.lower)) continue;
    // `West-backed`, `anti-US`: after a hyphen no span starting here is a place
    if (text[t.span[0] - 1] === '-') continue;
    const limit = Math.min(tokens.length, i + MAX_TOKENS);
    hashTokenSpans(text, tokens, i, limit, spanHash, spanAscii);
    // the cheap tests first (each only passes a span by, so their order does not matter)
    for (let j = limit; j > i; j--) {
      // a division's generic word may follow its name in lower case ("Cauca province")
      if (caps && !caps[j - 1] && !(j - 1 > i && DIVISION_WORD_SET.has(tokens[j - 1]!.lower))) continue;
      // most spans name nothing: their hash says so without cutting and looking up the text
      if (spanAscii[j - i - 1] && !gaz.asciiKeyHashes.has(spanHash[j - i - 1]!)) continue;
      const last = tokens[j - 1]!;
      if (last.sentence !== t.sentence) continue;
      // `US-led`: part of a compound modifier, not a place.
      if (text[last.span[1]] === '-') continue;
      const slice = text.slice(t.span[0], last.span[1]);
      if (UNSAFE_SLICE.test(slice)) continue;
      const key = slice.toLowerCase();
      let entries = gaz.lookup(key);
      if (!entries) continue;
      const scope = gaz.notPlaceScope(key);
      if (scope === 'always' || (scope === 'lowercase' && lowerDoc)) break;
      if (lowerDoc) entries = entries.filter(trustedWithoutCapital);
      if (entries.length === 0) break;
      while (b < blocked.length && blocked[b]![1] <= t.span[0]) b++;
      if (b < blocked.length && blocked[b]![0] < last.span[1]) break; // inside an actor's name
      out.push({ first: i, end: j, key, entries, locative: isLocative(tokens, i, loc) });
      i = j - 1;
      break;
    }
  }
  return out;
}

/** The span hashes of the candidate being read (`hashTokenSpans`), kept between calls: no arrays per token. */
const spanHash = new Int32Array(MAX_TOKENS);
const spanAscii = new Uint8Array(MAX_TOKENS);

const capsScratch = new Scratch((n) => new Uint8Array(n));

/** Per token, 1 where it starts with a capital; valid until the next call. */
function capitalisedTokens(tokens: readonly Token[]): Uint8Array {
  const caps = capsScratch.take(tokens.length);
  for (let k = 0; k < tokens.length; k++) caps[k] = isCapitalised(tokens[k]!.text) ? 1 : 0;
  return caps;
}

function trustedWithoutCapital(e: GazEntry): boolean {
  return e.kind === 'country' || e.kind === 'capital' || (e.kind === 'region' && !e.needsContext) || e.population >= LOWERCASE_MIN_POPULATION;
}

/** `in X`, `from the X`, `the capital of X`: the name is where something happens, not who acts. */
function isLocative(tokens: Token[], i: number, loc: LocativeWords): boolean {
  const sentence = tokens[i]!.sentence;
  let p = i - 1;
  if (p >= 0 && tokens[p]!.pos === 'DET' && tokens[p]!.sentence === sentence) p--;
  if (p < 0 || tokens[p]!.sentence !== sentence) return false;
  const prev = tokens[p]!.lower;
  if (loc.preps.has(prev)) return true;
  if (prev !== 'of') return false;
  const head = tokens[p - 1];
  return head !== undefined && head.sentence === sentence && loc.ofHeads.has(head.lower);
}

/** `X, the capital of Y`: X is Y's capital, whatever else X could be. */
function markCapitalOf(tokens: Token[], candidates: Candidate[]): void {
  for (let k = 0; k + 1 < candidates.length; k++) {
    const c = candidates[k]!;
    const y = candidates[k + 1]!;
    const e = c.end;
    if (y.first !== e + 4) continue;
    const words = [tokens[e]!.lower, tokens[e + 1]!.lower, tokens[e + 2]!.lower, tokens[e + 3]!.lower];
    if (words[0] !== ',' || words[1] !== 'the' || words[2] !== 'capital' || words[3] !== 'of') continue;
    const country = y.entries.find((x) => x.kind === 'country')?.country;
    if (country) c.capitalOf = country;
  }
}

/** Lower-case nouns that may stand between a place and the country it lies in ("Moro airport in"). */
const WITHIN_NOUNS = 2;

/**
 * `Moro airport in Papua New Guinea`, `Trinidad, Bolivia`: a place followed by "in" or a comma and a country's
 * name lies in that country; `pick` takes the gazetteer's entry there, or none.
 */
function markWithin(tokens: Token[], candidates: Candidate[]): void {
  for (let k = 0; k + 1 < candidates.length; k++) {
    const c = candidates[k]!;
    const y = candidates[k + 1]!;
    if (c.entries.some((e) => e.kind === 'country')) continue;
    let e = c.end;
    for (let n = 0; n < WITHIN_NOUNS && e < y.first && tokens[e]!.pos === 'NOUN' && tokens[e]!.lower === tokens[e]!.text; n++) e++;
    if (y.first !== e + 1 || (tokens[e]!.lower !== 'in' && tokens[e]!.text !== ',')) continue;
    const country = y.entries.find((x) => x.kind === 'country')?.country;
    if (country) c.within = country;
  }
}

function pick(
  c: Candidate, tokens: Token[], gaz: Gazetteer, context: ReadonlySet<string>, lowerDoc: boolean,
): { entry: GazEntry; rule: string; kind: PlaceMention['kind'] } | null {
  const country = c.entries.find((e) => e.kind === 'country');
  if (country) {
    // A country outside a locative phrase is an actor (`The United States accused`).
    return c.locative ? { entry: country, rule: 'place/country-locative', kind: 'country' } : null;
  }
  if (c.capitalOf) {
    const own = c.entries.find((e) => e.country === c.capitalOf);
    const entry = own ?? { ...c.entries[0]!, country: c.capitalOf };
    return { entry, rule: 'place/capital-of', kind: 'capital' };
  }
  if (!c.locative && looksLikeActorOrName(tokens, c, lowerDoc)) return null;
  if (c.within) {
    // (none there: a place the gazetteer does not hold, not the namesake elsewhere)
    const there = c.entries.filter((e) => e.country === c.within);
    if (there.length === 0) return null;
    const best = there.reduce((a, b) => (score(b, context) > score(a, context) ? b : a));
    return { entry: best, rule: 'place/within-country', kind: best.kind };
  }
  const largest = Math.max(...c.entries.map((e) => e.population));
  let best = c.entries[0]!;
  let bestScore = score(best, context, largest);
  for (let k = 1; k < c.entries.length; k++) {
    const s = score(c.entries[k]!, context, largest);
    if (s > bestScore) {
      best = c.entries[k]!;
      bestScore = s;
    }
  }
  if ((best.needsContext || gaz.notPlaces.get(c.key) === 'context') && !(best.country && context.has(best.country))) return null;
  const inContext = best.country !== null && context.has(best.country);
  const rule = c.entries.length === 1 ? 'place/gazetteer' : inContext ? 'place/country-context' : 'place/rank';
  return { entry: best, rule, kind: best.kind };
}

/** Below this size a town gains from the article's countries only when nothing far larger shares its name. */
const SMALL_TOWN = 100_000;
const FAR_LARGER = 5;

/**
 * Country context first, then capitals, then population: Tripoli is Libya's unless Lebanon is the
 * story. A small town in a country the article merely mentions does not beat a city many times its
 * size (Geneva, Illinois does not beat Geneva because the United States is named).
 */
function score(e: GazEntry, context: ReadonlySet<string>, largest = 0): number {
  const minor = e.kind !== 'capital' && e.kind !== 'region' && e.population < SMALL_TOWN && largest >= FAR_LARGER * e.population;
  const inContext = !!e.country && context.has(e.country) && !minor;
  return (inContext ? 4e9 : 0) + (e.kind === 'capital' ? 2e9 : 0) + (e.kind === 'region' ? 1e9 : 0) + e.population;
}

/**
 * Outside a locative phrase a name may be an actor (`Washington said`, `Beirut again rejected`:
 * the actors stage codes those) or part of a longer name we do not know (`Barack Obama`,
 * `Washington Post`).
 */
function looksLikeActorOrName(tokens: Token[], c: Candidate, lowerDoc: boolean): boolean {
  const sentence = tokens[c.first]!.sentence;
  let n = c.end;
  if (tokens[n]?.pos === 'ADV' && tokens[n]!.sentence === sentence) n++; // "Beirut again rejected"
  const next = tokens[n];
  if (next && next.sentence === sentence && (next.pos === 'VERB' || next.pos === 'AUX')) return true;
  if (lowerDoc) return false;
  const after = tokens[c.end];
  if (after && after.sentence === sentence && after.pos === 'PROPN' && isCapitalised(after.text)) return true;
  const before = tokens[c.first - 1];
  if (before && before.sentence === sentence && before.pos === 'PROPN' && isCapitalised(before.text)) return true;
  return false;
}

function blockedSpans(actors: readonly ActorMention[]): Span[] {
  return actors.filter((a) => NAME_KINDS.has(a.kind)).map((a) => a.span).sort((x, y) => x[0] - y[0]);
}

function isCapitalised(s: string): boolean {
  // ASCII answers from the code alone (no one-letter strings to lower-case at every token)
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = s[0];
  return ch !== undefined && ch !== ch.toLowerCase();
}

function isLowerCaseDoc(tokens: Token[]): boolean {
  let letters = 0;
  for (const t of tokens) {
    if (t.text !== t.lower) return false;
    if (t.lower !== t.lower.toUpperCase()) letters++;
  }
  return letters > 0;
}
