// The trigger search's cheap tests (compiled groups, the near-word and near-mention prefilters) must
// never change what it finds: this compares it with a plain matcher that tries every pattern in
// order, over sentences built from every row of data/verbs.tsv and variations of them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../coder.js';
import { loadVerbLexicon, parseVerbLexicon, type VerbLexicon, type VerbPattern } from '../../dictionaries/verb-lexicon.js';
import type { ActorMention, Pos, Sentence, Token } from '../../model/types.js';
import { buildSentenceViews, type MentionRef, type SentenceView } from './sentence-view.js';
import { compileTriggerIndex } from './trigger-index.js';
import { findTriggers, laterWordEnd, type TriggerMatch } from './triggers.js';
import { clauseCut, contactRelativeSubject, nounPhraseTail, pastApposition } from './pattern-reach.js';
import { DATE_WORDS } from './word-cues.js';

/** The matcher as it was before the index: every pattern of the token's keys, tried in order. */
function plainTriggers(view: SentenceView, lex: VerbLexicon, limitFor: (i: number) => number): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const toks = view.tokens;
  const get = (kind: string, word: string) => lex.byTrigger.get(`${kind}:${word}`);
  // the lemmas an inflected form may have, as the matcher tries them (arresting → arrest, arreste, ...)
  const ingForms = (w: string): string[] => {
    const stem = w.slice(0, -3);
    const forms = [stem, stem + 'e'];
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) forms.push(stem.slice(0, -1));
    if (stem.endsWith('y')) forms.push(stem.slice(0, -1) + 'ie');
    return forms;
  };
  const edForms = (w: string): string[] => {
    const stem = w.slice(0, -2);
    const forms = [w.slice(0, -1), stem];
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) forms.push(stem.slice(0, -1));
    if (stem.endsWith('i')) forms.push(stem.slice(0, -1) + 'y');
    return forms;
  };
  const firstVerb = (forms: string[]): VerbPattern[] | undefined => {
    for (const f of forms) if (get('v', f)) return get('v', f);
    return undefined;
  };
  // "raided Jenin, arresting 20 Palestinians": an -ing noun after a comma, with an object, read as its verb
  const participle = (i: number): VerbPattern[] | undefined => {
    const t = toks[i]!;
    const next = toks[i + 1];
    if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || t.lower.length <= 5 || !t.lower.endsWith('ing') || !next || i + 1 >= view.end) return undefined;
    // after a comma before an object; or opening the sentence, before an object or a preposition
    const opens = i === view.start && (['NUM', 'DET', 'PRON', 'PROPN', 'ADJ', 'ADP'].includes(next.pos));
    const particle = ['to', 'in', 'on', 'into', 'with', 'down', 'up', 'off'].includes(next.lower);
    if (!opens && (toks[i - 1]?.text !== ',' || i - 1 < view.start || !(['NUM', 'DET', 'PRON', 'PROPN', 'ADJ'].includes(next.pos) || particle))) return undefined;
    return firstVerb(ingForms(t.lower));
  };
  // "Russia demands from ...": an "-s" word after a name that is no modifier is a present-tense verb
  const presentTense = (i: number): VerbPattern[] | undefined => {
    const t = toks[i]!;
    if (t.lower.length < 4 || !t.lower.endsWith('s') || t.lower.endsWith('ss')) return undefined;
    const ref = view.mentionAt.get(i - 1);
    if (!ref || ref.end !== i || toks[i - 1]!.pos !== 'PROPN') return undefined;
    const before = toks[ref.start - 1];
    if (before && ref.start > view.start && before.pos === 'DET' && ref.end - ref.start === 1) return undefined;
    const next = toks[i + 1];
    if (!next || next.lower === 'of' || ['VERB', 'AUX', 'PART', 'PUNCT'].includes(next.pos)) return undefined;
    const w = t.lower;
    return get('v', w.slice(0, -1)) ?? (w.endsWith('es') ? get('v', w.slice(0, -2)) : undefined) ?? (w.endsWith('ies') ? get('v', w.slice(0, -3) + 'y') : undefined);
  };
  // "gunmen abducted scores of schoolgirls": an "-ed" noun after a subject with no determiner before it is a past tense
  const pastTense = (i: number): VerbPattern[] | undefined => {
    const t = toks[i]!;
    const prev = toks[i - 1];
    if (t.lemma !== t.lower || !t.lower.endsWith('ed') || !prev) return undefined;
    if (prev.pos !== 'PRON') {
      const ref = view.mentionAt.get(i - 1);
      if (!ref) return undefined;
      const before = toks[ref.start - 1];
      if (before && ref.start > view.start && before.pos === 'DET') return undefined;
    }
    return firstVerb(edForms(t.lower));
  };
  // a verb wink does not know keeps its form as lemma ("rearrested"): its stem's patterns
  const inflected = (w: string): VerbPattern[] | undefined => {
    if (w.length <= 4) return undefined;
    if (w.endsWith('ed')) return firstVerb(edForms(w));
    if (w.endsWith('ing')) return firstVerb(ingForms(w));
    if (!w.endsWith('s') || w.endsWith('ss')) return undefined;
    const forms = [w.slice(0, -1)];
    if (w.endsWith('es')) forms.push(w.slice(0, -2));
    if (w.endsWith('ies')) forms.push(w.slice(0, -3) + 'y');
    return firstVerb(forms);
  };
  const lists = (t: Token, i: number): [VerbPattern[] | undefined, string][] => {
    switch (t.pos) {
      case 'VERB': return [[get('v', t.lemma) ?? (t.lemma === t.lower ? inflected(t.lower) : undefined), 'v']];
      case 'NOUN': case 'PROPN': {
        const nouns: [VerbPattern[] | undefined, string][] = [[get('n', t.lemma), 'n'], [get('n', t.lower), 'n']];
        const hasNoun = nouns.some(([c]) => c);
        return [...nouns, [(hasNoun ? undefined : participle(i)) ?? presentTense(i) ?? (hasNoun ? undefined : pastTense(i)), 'ing']];
      }
      case 'ADJ': return [[get('a', t.lemma), 'a'], [get('v', t.lemma), 'v'], [get('n', t.lemma), 'n']];
      default: return [];
    }
  };
  const headsPhrase = (i: number): boolean => {
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const determined = !!prev && (prev.pos === 'DET' || prev.lower === "'s" || prev.lower === '’s' || prev.pos === 'PRON');
    return determined && (!next || next.pos === 'ADP' || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PUNCT');
  };
  // six words from `pos`, adverbs of degree ("quickly") and a possessive's "'s" not counted
  const sixWords = (pos: number, limit: number): number => {
    let j = pos;
    for (let words = 0; j < limit && words < 6; j++) if (!(toks[j]!.pos === 'ADV' && toks[j]!.lower.endsWith('ly')) && toks[j]!.lower !== "'s" && toks[j]!.lower !== '’s') words++;
    return j;
  };
  const tryPattern = (p: VerbPattern, at: number, limit: number): TriggerMatch | null => {
    const consumed = [at];
    let pos = at + 1;
    for (const w of p.trigger.words.slice(1)) {
      let found = -1;
      for (let j = pos; j < laterWordEnd(p.trigger.kind, toks, pos, limit); j++) if (toks[j]!.lemma === w || toks[j]!.lower === w) { found = j; break; }
      if (found < 0) return null;
      consumed.push(found);
      pos = found + 1;
    }
    let slot: MentionRef | null = null;
    let sourceSlot: MentionRef | null = null;
    // "targeted, on Friday evening, the ...": an adverbial in commas (no verb, pronoun, conjunction or
    // other mark in it) between the verb and its object is passed over
    if (toks[pos]?.text === ',') {
      for (let j = pos + 1; j < Math.min(limit, pos + 11); j++) {
        const t = toks[j]!;
        if (t.text === ',') { if (j > pos + 1 && j + 1 < limit) pos = j + 1; break; }
        // (two places joined by "and": "at New Delhi and Islamabad")
        if (t.lower === 'and' && toks[j - 1]?.pos === 'PROPN' && toks[j + 1]?.pos === 'PROPN') continue;
        if (['VERB', 'AUX', 'PRON', 'SCONJ', 'CCONJ', 'PUNCT'].includes(t.pos)) break;
      }
    }
    let afterSlot = false;
    for (const el of p.elements) {
      const slotBefore = afterSlot;
      afterSlot = el.kind === 'target' || el.kind === 'source';
      if (el.kind === 'target' || el.kind === 'source') {
        let found: MentionRef | null = null;
        for (let j = pos; j < clauseCut(toks, pos, sixWords(pos, limit), limit); j++) {
          const ref = view.mentionAt.get(j);
          if (ref && ref.start >= pos) { found = ref; break; }
        }
        if (!found) return null;
        if (el.kind === 'target') slot = found;
        else sourceSlot = found;
        pos = found.end;
        // "seven U.N. officials, including the heads of ..., persona non grata": a list of members in commas
        if (toks[pos]?.text === ',' && ['including', 'among'].includes(toks[pos + 1]?.lower ?? '')) {
          for (let j = pos + 2; j < Math.min(limit, pos + 26); j++) {
            if (toks[j]!.text === ',') { if (j + 1 < limit) pos = j + 1; break; }
            if (toks[j]!.pos === 'AUX' || toks[j]!.pos === 'PUNCT') break;
          }
        }
      } else {
        const search = (from: number): number => {
          let found = -1;
          // (a subject and its verb after a comma open a clause the pattern does not reach into)
          for (let j = from; j < clauseCut(toks, from, sixWords(from, limit), limit); j++) {
            if (!el.alts.includes(toks[j]!.lemma) && !el.alts.includes(toks[j]!.lower)) {
              // past a name's apposition in commas ("handed over Anup Chetia, a founder of ULFA ..., to India")
              const past = toks[j]!.text === ',' ? pastApposition(toks, new Set(el.alts), j) : -1;
              if (past >= 0) { found = past; break; }
              // past an event noun with its own "of" object the words are that event's
              if (toks[j]!.pos === 'NOUN' && j > from && toks[j + 1]?.lower === 'of' && lex.byTrigger.has(`n:${toks[j]!.lemma}`)) break;
              continue;
            }
            // "agreed on Thursday to": a preposition that opens a date is not the pattern's
            if (['on', 'in', 'at', 'by', 'since', 'until'].includes(toks[j]!.lower) && DATE_WORDS.has(toks[j + 1]?.lower ?? '')) continue;
            // ", with X carrying messages": "with" after a comma opens a clause of its own
            if (toks[j]!.lower === 'with' && toks[j - 1]?.text === ',') continue;
            found = j;
            break;
          }
          return found;
        };
        let found = search(pos);
        // (a slot's actor may only modify a longer noun phrase: the window goes on from its end)
        if (found < 0 && slotBefore) {
          const tail = nounPhraseTail(toks, pos, limit);
          if (tail > pos) found = search(tail);
        }
        if (found < 0) return null;
        consumed.push(found);
        pos = found + 1;
        // a pattern that names "that" reads on into the clause it opens
        if (el.alts.includes('that') && toks[found]!.lower === 'that' && pos < view.end) limit = Math.max(limit, limitFor(pos));
      }
    }
    // "ended an emergency summit": a last word that only modifies the event noun heading its phrase is not the
    // pattern's (unless the pattern names that noun too, or the noun modifies another in turn)
    const lastEl = p.elements.at(-1);
    if (p.trigger.kind === 'verb' && consumed.length > p.trigger.words.length) {
      const last = consumed.at(-1)!;
      const next = toks[last + 1];
      const after = toks[last + 2];
      if (toks[last]!.pos === 'NOUN' && next?.pos === 'NOUN' && after?.pos !== 'NOUN' && after?.pos !== 'PROPN'
        && lex.byTrigger.has(`n:${next.lemma}`) && !lex.byTrigger.has(`n:${toks[last]!.lemma}`)
        && !(lastEl?.kind === 'word' && (lastEl.alts.includes(next.lemma) || lastEl.alts.includes(next.lower)))) return null;
    }
    // "ordered the troops to attack": a deployment's last "to" before a verb is an infinitive's, not a destination
    if (p.trigger.kind === 'verb' && /^15/.test(p.cameo ?? '')) {
      const last = consumed.at(-1)!;
      if (toks[last]!.lower === 'to' && toks[last + 1]?.pos === 'VERB') return null;
    }
    if (!slot && !sourceSlot && !p.noTarget) {
      for (let c = consumed.length - 1; c > 0; c--) {
        const ref = view.mentionAt.get(consumed[c]!);
        if (ref) { slot = ref; break; }
      }
    }
    return { at, kind: p.trigger.kind, pattern: p, consumed, end: pos, slot, sourceSlot, retry: null };
  };
  for (let i = view.start; i < view.end; i++) {
    const t = toks[i]!;
    if (view.mentionAt.has(i) && t.pos !== 'VERB') continue;
    for (const [candidates, keyKind] of lists(t, i)) {
      if (!candidates) continue;
      let match: TriggerMatch | null = null;
      for (const p of candidates) {
        if (p.trigger.kind === 'noun' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && !(t.pos === 'ADJ' && (p.trigger.words.length > 1 || headsPhrase(i)))) continue;
        if (p.trigger.kind === 'verb' && t.pos !== 'VERB' && !(t.pos === 'ADJ' && keyKind === 'v') && keyKind !== 'ing') continue;
        let limit = Math.max(limitFor(i), Math.min(view.end, i + 2));
        // a date (or a comma) between a verb and its "that" does not end the verb's reach
        const dateWords = ['on', 'in', 'at', 'by', 'since', 'until', ',', 'today', 'yesterday', 'last', 'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
        if (limit < view.end && toks[limit]!.lower === 'that' && limit > i + 1 && toks.slice(i + 1, limit).every((t) => dateWords.includes(t.lower))) limit++;
        match = tryPattern(p, i, limit);
        if (match) break;
      }
      if (match) { out.push(match); break; }
    }
  }
  return out;
}

/** A deterministic pseudo-random sequence, so failures reproduce. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

const FILLER: [string, Pos][] = [['the', 'DET'], ['new', 'ADJ'], ['quickly', 'ADV'], ['on', 'ADP'], [',', 'PUNCT'], ['and', 'CCONJ'], ['talks', 'NOUN'], ['to', 'PART']];
const TRIGGER_POS: Record<string, Pos[]> = { verb: ['VERB', 'ADJ'], noun: ['NOUN', 'PROPN', 'ADJ'], adj: ['ADJ'] };

interface Built { view: SentenceView; limitFor: (i: number) => number }

/**
 * A sentence around one pattern: a determiner, the trigger (with a part of speech its kind allows),
 * then its words and target slots, with filler between them, an element sometimes dropped or pushed
 * out of reach, and a clause limit sometimes cutting it short.
 */
function sentenceFor(p: VerbPattern, rnd: () => number): Built {
  const words: { text: string; pos: Pos; lemma?: string; actor?: boolean }[] = [{ text: 'the', pos: 'DET' }];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const fill = () => { for (let n = Math.floor(rnd() * (rnd() < 0.2 ? 9 : 3)); n > 0; n--) { const [text, pos] = pick(FILLER); words.push({ text, pos }); } };
  const [first, ...more] = p.trigger.words;
  const inflected = rnd() < 0.3;
  words.push({ text: inflected ? `${first}s` : first!, lemma: first, pos: pick(TRIGGER_POS[p.trigger.kind]!) });
  for (const w of more) {
    if (rnd() < 0.5) fill();
    if (rnd() > 0.1) words.push(rnd() < 0.3 ? { text: w, lemma: `${w}x`, pos: 'ADP' } : { text: `${w}s`, lemma: w, pos: 'ADP' });
  }
  for (const el of p.elements) {
    fill();
    if (rnd() < 0.1) continue; // dropped
    if (el.kind !== 'word') words.push({ text: 'Iran', pos: 'PROPN', actor: true });
    else {
      // the word may match by its form only, or by its lemma only
      const w = pick(el.alts);
      const r = rnd();
      words.push(r < 0.25 ? { text: w, lemma: `${w}x`, pos: 'NOUN' } : r < 0.5 ? { text: `${w}ed`, lemma: w, pos: 'VERB' } : { text: w, pos: 'NOUN' });
    }
  }
  fill();
  if (rnd() < 0.3) words.push({ text: 'Egypt', pos: 'PROPN', actor: true });
  words.push({ text: '.', pos: 'PUNCT' });

  let offset = 0;
  const tokens: Token[] = words.map((w, i) => {
    const span: [number, number] = [offset, offset + w.text.length];
    offset += w.text.length + 1;
    return { i, text: w.text, lower: w.text.toLowerCase(), lemma: w.lemma ?? w.text.toLowerCase(), pos: w.pos, span, sentence: 0, negated: false };
  });
  const actors: ActorMention[] = tokens.filter((t, i) => words[i]!.actor).map((t) => ({
    text: t.text, span: t.span, sentence: 0, kind: 'country', name: t.text, code: 'IRN', country: 'IRN', sector: '', rule: 'test',
  }));
  const sentences: Sentence[] = [{ span: [0, offset], tokens: [0, tokens.length] }];
  const view = buildSentenceViews(sentences, tokens, actors)[0]!;
  const cut = rnd() < 0.3 ? 1 + Math.floor(rnd() * tokens.length) : tokens.length;
  return { view, limitFor: (i) => (i < cut ? cut : tokens.length) };
}

const summary = (ms: TriggerMatch[]) => ms.map((m) => `${m.at}:${m.pattern.id}:${m.consumed.join(',')}:${m.end}:${m.slot?.start ?? '-'}`);

describe('findTriggers', () => {
  it('finds what trying every pattern in order finds, for every row of data/verbs.tsv', () => {
    const lex = loadVerbLexicon(path.join(DEFAULT_DATA_DIR, 'verbs.tsv'));
    const rnd = random(7);
    let matched = 0;
    for (const p of lex.patterns) {
      for (let n = 0; n < 6; n++) {
        const { view, limitFor } = sentenceFor(p, rnd);
        // the plain matcher reads forward only: a relative clause without "that" ("the rules Iran breached"),
        // whose object stands before its subject, is tested on its own below
        if (view.tokens.some((_, i) => i > 0 && contactRelativeSubject(view, i) >= 0)) continue;
        const expected = summary(plainTriggers(view, lex, limitFor));
        expect(summary(findTriggers(view, lex, limitFor)), `${p.id}: ${view.tokens.map((t) => t.text).join(' ')}`).toEqual(expected);
        if (expected.length) matched++;
      }
    }
    // the sentences are meant to match often, or the comparison would prove little
    expect(matched).toBeGreaterThan(lex.patterns.length * 3);
  });

  it('reads an "-ing" word wink tagged a noun as its verb after a comma, when an object follows', () => {
    const lex = parseVerbLexicon('id\tcameo\tpattern\narrest\t173\tv:arrest\nstop\t080\tv:stop\nmake\t030\tv:make\n');
    const words: [string, Pos][] = [['Troops', 'NOUN'], ['raided', 'VERB'], ['Jenin', 'PROPN'], [',', 'PUNCT'], ['arresting', 'NOUN'], ['20', 'NUM'],
      ['people', 'NOUN'], [',', 'PUNCT'], ['stopping', 'NOUN'], ['the', 'DET'], ['talks', 'NOUN'], ['and', 'CCONJ'], ['making', 'NOUN'], ['the', 'DET'], ['news', 'NOUN'],
      [',', 'PUNCT'], ['arresting', 'NOUN'], ['.', 'PUNCT']];
    const tokens: Token[] = words.map(([text, pos], i) => ({ i, text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos, span: [i * 12, i * 12 + text.length], sentence: 0, negated: false }));
    const sentences: Sentence[] = [{ span: [0, tokens.at(-1)!.span[1]], tokens: [0, tokens.length] }];
    const view = buildSentenceViews(sentences, tokens, [])[0]!;
    const found = findTriggers(view, lex, () => view.end).map((m) => [m.at, m.pattern.id]);
    // not "making" (no comma before it), not the last "arresting" (nothing after it)
    expect(found).toEqual([[4, 'arrest'], [8, 'stop']]);
  });

  /** A one-sentence view from words and tags, every token followed by a space unless `glued` marks it. */
  function viewOf(words: [string, Pos, string?][], glued: ReadonlySet<number> = new Set()) {
    let offset = 0;
    const tokens: Token[] = words.map(([text, pos, lemma], i) => {
      if (i > 0 && !glued.has(i)) offset++;
      const span: [number, number] = [offset, offset + text.length];
      offset += text.length;
      return { i, text, lower: text.toLowerCase(), lemma: lemma ?? text.toLowerCase().replace(/s$/, ''), pos, span, sentence: 0, negated: false };
    });
    return buildSentenceViews([{ span: [0, offset], tokens: [0, tokens.length] }], tokens, [])[0]!;
  }

  it('counts a hyphenated compound as one word and quotation marks as none in a pattern\'s window', () => {
    const lex = parseVerbLexicon('id\tcameo\tpattern\nhold-talk\t040\tv:hold talk\n');
    const at = (view: SentenceView) => findTriggers(view, lex, () => view.end).map((m) => m.pattern.id);
    // held their first face - to - face talks: 4 words between, though 8 tokens
    const compound = viewOf([['held', 'VERB', 'hold'], ['their', 'PRON'], ['first', 'ADJ'], ['face', 'NOUN'], ['-', 'PUNCT'], ['to', 'ADP'], ['-', 'PUNCT'],
      ['face', 'NOUN'], ['talks', 'NOUN'], ['.', 'PUNCT']], new Set([4, 5, 6, 7]));
    expect(at(compound)).toEqual(['hold-talk']);
    // the same tokens written with spaces are separate words: out of reach
    const spaced = viewOf([['held', 'VERB', 'hold'], ['their', 'PRON'], ['first', 'ADJ'], ['face', 'NOUN'], ['-', 'PUNCT'], ['to', 'ADP'], ['-', 'PUNCT'],
      ['face', 'NOUN'], ['new', 'ADJ'], ['talks', 'NOUN'], ['.', 'PUNCT']]);
    expect(at(spaced)).toEqual([]);
    const quoted = viewOf([['held', 'VERB', 'hold'], ['"', 'PUNCT'], ['very', 'ADV'], ['good', 'ADJ'], ['"', 'PUNCT'], ['long', 'ADJ'], ['new', 'ADJ'], ['talks', 'NOUN']]);
    expect(at(quoted)).toEqual(['hold-talk']);
  });

  it('passes over an adverbial in commas between a verb and its object, but not a clause', () => {
    const lex = parseVerbLexicon('id\tcameo\tpattern\nshell-with\t194\tv:shell with artillery\n');
    const at = (view: SentenceView) => findTriggers(view, lex, () => view.end).map((m) => m.pattern.id);
    const adverbial = viewOf([['shelled', 'VERB', 'shell'], [',', 'PUNCT'], ['on', 'ADP'], ['Friday', 'PROPN'], ['evening', 'NOUN'], [',', 'PUNCT'],
      ['the', 'DET'], ['old', 'ADJ'], ['town', 'NOUN'], ['with', 'ADP'], ['heavy', 'ADJ'], ['artillery', 'NOUN']]);
    expect(at(adverbial)).toEqual(['shell-with']);
    const clause = viewOf([['shelled', 'VERB', 'shell'], [',', 'PUNCT'], ['as', 'SCONJ'], ['they', 'PRON'], ['said', 'VERB'], [',', 'PUNCT'],
      ['the', 'DET'], ['old', 'ADJ'], ['town', 'NOUN'], ['with', 'ADP'], ['heavy', 'ADJ'], ['artillery', 'NOUN']]);
    expect(at(clause)).toEqual([]);
  });

  it('tries the most specific pattern first and skips the ones whose first word is not near', () => {
    const lex = parseVerbLexicon('id\tcameo\tpattern\nx\t010\tv:call\ny\t020\tv:call for\nz\t030\tv:call_off strike\nw\t040\tv:call * to\n');
    const idx = compileTriggerIndex(lex);
    const group = idx.verb.get('call')!;
    expect(group.patterns.map((c) => c.pattern.id)).toEqual(['z', 'w', 'y', 'x']);
    expect(group.patterns.map((c) => c.first)).toEqual(['word', 'mention', 'word', 'nothing']);
    expect(group.firstWordOf.get('off')).toEqual([0]);
    expect(group.firstWordOf.get('for')).toEqual([2]);
    expect(group.firstWordOf.has('strike')).toBe(false); // not a first word: tried only once "off" is near
  });
});
