// Later references to earlier mentions: `the president`, `the group` and `the bloc`, and `he`, `she`, `they` and `it`.
import type { Agreement } from './word-facts.js';
import { codeParts } from './code-parts.js';
import type { ActorDoc } from './actor-doc.js';
import type { Mentions, Phrase } from './mentions.js';

/** Verbs after which `it` is usually empty ("it seems", "it was reported that", "it rained", "it takes time"). */
const EMPTY_IT_VERBS = new Set(['seem', 'appear', 'report', 'say', 'believe', 'expect', 'think', 'fear', 'understand', 'know', 'rain', 'snow', 'take', 'remain', 'become', 'matter', 'mean', 'happen', 'emerge', 'turn']);

/** The antecedent finders of one document; each answers an index into the mentions so far, or -1. */
export function createCoreference(d: ActorDoc, mentions: Mentions) {
  const { W, tokens, out, info, quoted, dateCovered, titled } = d;
  const { rootOf } = mentions;

  const mentionCountry = (p: Phrase) => (p.code ? codeParts(p.code).country : null);

  /** An earlier mention holding the same title (`the Secretary`, `the Afghan president`). */
  const findTitleAntecedent = (p: Phrase): number => {
    const country = mentionCountry(p);
    const list = p.titleWord ? titled.get(p.titleWord) : undefined;
    for (let x = (list?.length ?? 0) - 1; x >= 0; x--) {
      const k = list![x]!;
      const m = out[k]!;
      if (/\b(vice|deputy|former)\b/i.test(m.role ?? '')) continue;
      if (country && m.country !== country) continue;
      return k;
    }
    return -1;
  };
  /** The group an armed-group noun refers back to; `the bloc`, `the alliance` refer to an intergovernmental body. */
  const findGroupAntecedent = (sentence: number, word: string): number => {
    const igo = W.igoReference.has(word);
    // "the island", "the kingdom": the state named last, within a few sentences
    const state = W.stateReference.has(word);
    for (let k = out.length - 1; k >= 0; k--) {
      if (sentence - out[k]!.sentence > (state ? 2 : 6)) break;
      const m = out[k]!;
      if (state ? !!m.country && m.antecedent === undefined : igo ? m.kind === 'igo' : m.kind === 'group' || (info[k]!.armed && m.country)) return k;
    }
    return -1;
  };

  /** `he`/`she`: the subject-most singular person of the nearest sentence, outside quotations. */
  const resolveHeShe = (i: number, s: number): number => {
    const pronounQuoted = quoted[i]!;
    const eligible = (k: number) => {
      const r = rootOf(k);
      const m = out[r]!;
      return !out[k]!.plural && (m.kind === 'person' || (m.kind === 'agent' && !!m.role && !m.plural))
        && (pronounQuoted || !info[k]!.quoted);
    };
    let best = -1;
    let bestSentence = -1;
    for (let k = out.length - 1; k >= 0; k--) {
      const m = out[k]!;
      if (s - m.sentence > 3) break;
      if (bestSentence >= 0 && m.sentence !== bestSentence) break;
      if (m.span[0] >= tokens[i]!.span[0]) continue;
      if (!eligible(k)) continue;
      best = k;
      bestSentence = m.sentence;
    }
    return best;
  };
  /**
   * `him`: an object is not its own clause's subject ("Obama met Putin and told him", "Ghani said that
   * Pompeo told him"), so the nearest singular person before it in its sentence that is not the subject
   * of the verb right before it ("police raided the home of Anwar Ibrahim and detained him"); with none
   * there, the subject-most of the sentences before, as for `he`.
   */
  const resolveHim = (i: number, s: number): number => {
    const pronounQuoted = quoted[i]!;
    for (let k = out.length - 1; k >= 0; k--) {
      const m = out[k]!;
      if (m.sentence !== s) break;
      if (m.span[0] >= tokens[i]!.span[0] || m.kind === 'pronoun') continue;
      if (!pronounQuoted && info[k]!.quoted) continue;
      if (agrees(k, 'person') && !subjectOfVerbBefore(k, i)) return k;
    }
    return resolveHeShe(i, s);
  };
  /** "Pompeo told him": mention k is the subject of the verb right before the object pronoun at i (only a verb group between). */
  const subjectOfVerbBefore = (k: number, i: number): boolean => {
    const end = out[k]!.span[1];
    let verb = false;
    for (let j = i - 1; j >= 0 && tokens[j]!.span[0] >= end; j--) {
      const pos = tokens[j]!.pos;
      if (pos === 'VERB') verb = true;
      else if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART') return false;
    }
    return verb;
  };
  /** `they`: only when a single plural actor is in sight (this sentence first, else the previous one). */
  const resolveThey = (i: number, s: number): number => {
    for (const target of [s, s - 1]) {
      const codes = new Map<string, number>();
      for (let k = out.length - 1; k >= 0; k--) {
        const m = out[k]!;
        if (m.sentence < target) break;
        if (m.sentence !== target || m.span[0] >= tokens[i]!.span[0]) continue;
        if (m.kind === 'pronoun') continue;
        if (!(m.plural || m.kind === 'group')) continue;
        const key = out[rootOf(k)]!.code ?? `#${k}`;
        if (!codes.has(key)) codes.set(key, k);
      }
      if (codes.size === 1) return [...codes.values()][0]!;
      if (codes.size > 1) return -1;
    }
    return -1;
  };

  /**
   * `it` as the subject of a verb ("the Taliban launched a rebellion after it was deposed"): the one
   * state, organisation or group named before it in the sentence. Not the empty `it` of "it was
   * reported that", "it is unclear", "it rained".
   */
  const resolveIt = (i: number, s: number, b: number): number => {
    let v = i + 1;
    while (v < b && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'PART')) v++;
    const verb = tokens[v];
    if (!verb || v >= b || verb.pos !== 'VERB' || EMPTY_IT_VERBS.has(verb.lemma) || tokens[v + 1]?.lower === 'that') return -1;
    const codes = new Map<string, number>();
    for (let k = out.length - 1; k >= 0; k--) {
      const m = out[k]!;
      if (m.sentence !== s) break;
      if (m.span[0] >= tokens[i]!.span[0] || m.kind === 'pronoun' || !agrees(k, 'thing')) continue;
      const key = out[rootOf(k)]!.code ?? `#${k}`;
      if (!codes.has(key)) codes.set(key, k);
    }
    return codes.size === 1 ? [...codes.values()][0]! : -1;
  };

  /** `Switzerland said today it had expelled`: a pronoun subject right after a speech verb is the speaker. */
  function speechSubject(i: number, a: number, s: number, number: Agreement): number {
    const next = tokens[i + 1];
    if (!next || (next.pos !== 'AUX' && next.pos !== 'VERB')) return -1;
    let j = i - 1;
    while (j > a && (dateCovered[j] || tokens[j]!.lower === 'that' || tokens[j]!.pos === 'ADV')) j--;
    const verb = tokens[j];
    if (!verb || j <= a || verb.pos !== 'VERB' || !W.speech.has(verb.lemma)) return -1;
    if (quoted[i]) return -1;
    return nearestAgreeing(j, a, s, number);
  }

  /** The nearest earlier mention of this sentence, outside quotations and prepositional phrases, of the pronoun's number. */
  function nearestAgreeing(before: number, a: number, s: number, number: Agreement): number {
    const limit = tokens[before]!.span[0];
    let fallback = -1;
    for (let k = out.length - 1; k >= 0; k--) {
      const m = out[k]!;
      if (m.sentence !== s) break;
      if (m.span[1] > limit) continue;
      if (info[k]!.quoted && !quoted[before]) continue;
      const at = startToken(m.span[0], a);
      // inside a prepositional phrase or owned by a possessive (`loyal to Iraq's Al-Qaeda`): not a subject
      if (at > a && (tokens[at - 1]!.pos === 'ADP' || W.possessive.has(tokens[at - 1]!.lower))) continue;
      if (!agrees(k, number)) continue;
      // a named state or organisation beats a bare description in apposition (`the NUT, the umbrella union, said it`)
      if (number === 'person' || out[rootOf(k)]!.country || info[rootOf(k)]!.entry) return k;
      if (fallback < 0) fallback = k;
    }
    return fallback;
  }

  function agrees(k: number, number: Agreement): boolean {
    const m = out[rootOf(k)]!;
    const own = out[k]!;
    const entryKind = info[rootOf(k)]!.entry?.kind;
    if (number === 'person') return !own.plural && (m.kind === 'person' || (m.kind === 'agent' && !!m.role && !m.plural));
    if (number === 'plural') return !!own.plural || m.kind === 'group' || entryKind === 'group';
    // `it`: a state, an organisation or a body, not a person or a plural group of people
    if (m.kind === 'person' || (m.kind === 'agent' && !!m.role)) return false;
    if (entryKind === 'group' || entryKind === 'igo' || entryKind === 'body') return true;
    return !own.plural && !m.plural;
  }

  /** The token starting at a character offset (mentions start on token edges). */
  function startToken(offset: number, from: number): number {
    let lo = from;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.span[0] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  return { findTitleAntecedent, findGroupAntecedent, resolveHeShe, resolveHim, resolveThey, resolveIt, speechSubject, nearestAgreeing };
}
