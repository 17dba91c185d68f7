// Names, agents and places that start at a token, each looked up once per token of a document.
import { resolveRole, type AgentForm, type NameValue } from '../../dictionaries/actor-dictionary.js';
import { capitalsAgree, casedText, type NameTrie, type TrieMatch, type TrieStart } from '../../dictionaries/name-trie.js';
import { LOWER_INITIAL, STARTS_AGENT, STARTS_NAME, STARTS_PLACE } from './word-facts.js';
import type { ActorDoc } from './actor-doc.js';

export const NO_MATCH: never[] = [];

/**
 * The last item, or undefined for an empty list without reading `list[-1]`: a negative index is no array
 * index, so V8 looks the key "-1" up along the prototype chain, a slow path at most tokens.
 */
export function lastOf<T>(list: readonly T[]): T | undefined {
  return list.length > 0 ? list[list.length - 1] : undefined;
}

/** The lookups of one document: `nameAt`, `agentAt` and `placesAt`, and the shared names read so far. */
export function createLookups(d: ActorDoc) {
  const { dict, W, tokens, facts, starts, lowerDoc, sentenceDates } = d;
  // memoised per token: phrases are tried from several rules at the same place
  // every lookup at a token uses its sentence end as the limit, so one slot per token suffices
  // (and the STARTS_* bits, worked out with that limit, hold for every lookup)
  const nameMemo: ({ end: number; value: NameValue } | null | undefined)[] = new Array(tokens.length);
  const agentMemo: ({ end: number; form: AgentForm } | null | undefined)[] = new Array(tokens.length);
  /** The keys of `trie` at token `i` (where its STARTS_* bit says a walk may find one), from the word's first step. */
  function walk<T>(trie: NameTrie<T>, start: TrieStart<T> | null, i: number, limit: number, withCase: boolean): readonly TrieMatch<T>[] {
    return start ? trie.matchFrom(tokens, i, limit, start, withCase) : trie.matchAt(tokens, i, limit, withCase);
  }
  /** Token ranges where a name several countries share was read (`Congo`): settled once the article is read. */
  const ambiguous: { start: number; end: number; candidates: string[] }[] = [];
  const nameAt = (i: number, limit: number): { end: number; value: NameValue } | null => {
    let hit = nameMemo[i];
    if (hit === undefined) {
      nameMemo[i] = hit = nameAtRaw(i, limit);
      const candidates = hit?.value.entry.candidates;
      if (candidates) ambiguous.push({ start: i, end: hit!.end, candidates });
    }
    return hit;
  };
  const agentAt = (i: number, limit: number): { end: number; form: AgentForm } | null => {
    let hit = agentMemo[i];
    if (hit === undefined) agentMemo[i] = hit = agentAtRaw(i, limit);
    return hit;
  };
  // in a lower-cased feed an acronym is still a name when it reads as a noun ("farc", "eln", not "us", "who")
  const lowerAcronym = (i: number, end: number): boolean => {
    const t = tokens[i]!;
    return end === i + 1 && t.text.length >= 3 && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'X');
  };
  const nameAtRaw = (i: number, limit: number): { end: number; value: NameValue } | null => {
    // past the limit no walk starts (the memo keeps that answer for the token, as it always has)
    if (i >= limit || !(starts[i]! & STARTS_NAME)) return null;
    // a word starting in lower case can only match the names that allow it (unless the whole text is lower-case)
    const matches = starts[i]! & LOWER_INITIAL
      ? walk(dict.lowerNames, facts[i]!.lowerNames, i, limit, false)
      : walk(dict.names, facts[i]!.names, i, limit, false);
    for (let m = matches.length - 1; m >= 0; m--) {
      const match = matches[m]!;
      let first: NameValue | null = null;
      /** The matched text with its capitals, cut only when a spelling asks for them. */
      let cased: string | null = null;
      for (const v of match.values) {
        let caseOk = lowerDoc ? !v.strict : v.anyCase;
        if (!caseOk) {
          cased ??= casedText(tokens, i, match.end);
          caseOk = capitalsAgree(v.cased, cased) || (lowerDoc && lowerAcronym(i, match.end));
        }
        if (!caseOk) continue;
        if (match.values.length === 1) return { end: match.end, value: v };
        // one spelling, several people (`Bush`): the one holding a dated role on the sentence's date
        if (v.entry.kind === 'person' && resolveRole(v.entry, sentenceDates[tokens[i]!.sentence]!).dated) {
          return { end: match.end, value: v };
        }
        first ??= v;
      }
      if (first) return { end: match.end, value: first };
    }
    return null;
  };
  const placesAt = (i: number, limit: number) =>
    starts[i]! & STARTS_PLACE ? walk(dict.places, facts[i]!.places, i, limit, false) : NO_MATCH;
  const agentAtRaw = (i: number, limit: number): { end: number; form: AgentForm } | null => {
    if (i >= limit || !(starts[i]! & STARTS_AGENT) || numberCompound(i)) return null;
    const matches = walk(dict.agents, facts[i]!.agents, i, limit, false);
    const last = lastOf(matches);
    if (!last) return null;
    // "a four-day official visit", "military aid", "civilian areas": an agent word that is also an
    // adjective, before a noun that is no agent, only describes that noun
    if (last.end === i + 1 && W.adjectiveAgent.has(tokens[i]!.lower)) {
      const next = tokens[last.end];
      if (next && last.end < limit && next.pos === 'NOUN' && !agentAt(last.end, limit)) return null;
    }
    return { end: last.end, form: last.values[last.values.length - 1]! };
  };

  /** "six-party talks", "the 15-nation council": a word joined to a number by a hyphen only describes. */
  const numberCompound = (i: number): boolean => {
    const dash = tokens[i - 1];
    const num = tokens[i - 2];
    return !!dash && !!num && dash.text === '-' && num.pos === 'NUM'
      && dash.span[1] === tokens[i]!.span[0] && num.span[1] === dash.span[0];
  };

  return { nameAt, agentAt, placesAt, ambiguous };
}

export type Lookups = ReturnType<typeof createLookups>;
