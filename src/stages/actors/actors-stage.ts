// The actors stage: finds who is mentioned (names, titles, agents, later references) and codes them in CAMEO.
import type { ActorMention, Token } from '../../model/types.js';
import { layer, type Doc, type Stage } from '../../pipeline/stage.js';
import { ADMIN_REGION_ID, resolveRole, type ActorDictionary, type ActorEntry } from '../../dictionaries/actor-dictionary.js';
import { dropNonActors, inheritArticleCountry, settleAmbiguous } from './non-actors.js';
import { codeParts } from './code-parts.js';
import {
  CAPITALISED, PRONOUN, STARTS_AGENT, STARTS_NAME, createWordFacts, isCapitalised, type Agreement,
} from './word-facts.js';
import { coveredTokens, datesBySentence, isLowerCased, quoteFlags, stageWords, type ActorDoc, type MentionInfo } from './actor-doc.js';
import { createLookups, lastOf, NO_MATCH } from './lookups.js';
import { createChains } from './chains.js';
import { createMentions, phrase } from './mentions.js';
import { createAppositions, createTitleNames } from './titles.js';
import { createPhraseParser } from './actor-phrases.js';
import { createCoreference } from './coreference.js';
import { createCountryInference } from './inferred-countries.js';

export { codeParts } from './code-parts.js';

/** Nouns for an office's own state after its title ("President of the Republic", "of the Nation"). */
const OWN_STATE_NOUNS = new Set(['republic', 'nation', 'country', 'state', 'federation', 'kingdom']);

/** Prepositions that put a state body's seat as a place ("at the White House", "inside the Kremlin"). */
const SEAT_PREPOSITIONS = new Set(['at', 'inside', 'outside', 'near']);

/** Compass words that open two states' names ("North and South Korea"). */
const COMPASS = new Set(['north', 'south', 'east', 'west']);

export function createActorsStage(dict: ActorDictionary): Stage<'actors'> {
  const W = stageWords(dict);

  /** Every pronoun with what it can stand for, asked once per token (`he` before `they` before `it`). */
  const pronounNumber = new Map<string, Agreement>();
  for (const [words, number] of [[W.it, 'thing'], [W.they, 'plural'], [W.heShe, 'person'], [W.him, 'person']] as const) {
    for (const w of words) pronounNumber.set(w, number);
  }
  const wordFacts = createWordFacts(dict, { pronouns: pronounNumber, possessivePronoun: W.possPronoun, determiner: W.determiner });

  return {
    name: 'actors',
    needs: ['repair', 'segment', 'dates'],
    run(doc: Doc) {
      const { text } = layer(doc, 'repair');
      const { sentences, tokens } = layer(doc, 'segment');
      const dates = layer(doc, 'dates');
      const published = doc.article.published;
      const lowerDoc = isLowerCased(text);
      const { words: facts, starts } = wordFacts.forDocument(tokens, sentences, lowerDoc);
      const out: ActorMention[] = [];
      const info: MentionInfo[] = [];
      const quoted = quoteFlags(tokens);
      const dateCovered = coveredTokens(tokens, dates);
      const sentenceDates = datesBySentence(dates, sentences.length, published);
      /** Doc-local surnames of people introduced in full (`Sharon` after `Ariel Sharon`). */
      const surnames = new Map<string, number>();
      /** Countries named in earlier sentences, as actors or places: the article-level title fallback. */
      const articleSeen = new Set<string>();
      /** Countries of the places named so far ("in Tbilisi"): evidence for a shared name such as `Georgia`. */
      const placesSeen = new Set<string>();

      const sentenceOf = (i: number) => tokens[i]!.sentence;
      /** "Paris attacks suspect", "after the London bombings": an attack word after a capital names an attack there (not "Moscow attacks Kyiv"). */
      const attackThere = (k: number, b: number): boolean => {
        if (!W.attackAfterCity.has(tokens[k]!.lower)) return false;
        const next = k + 1 < b ? tokens[k + 1]! : null;
        return !next || !(next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'NUM');
      };
      const isCap = (t: Token) => isCapitalised(t.text);
      const firstMention = new Map<ActorEntry, number>();
      /** Mentions holding a title, by each word of the title, for `the president` references. */
      const titled = new Map<string, number[]>();

      const d: ActorDoc = {
        dict, W, text, tokens, lowerDoc, facts, starts, out, info, quoted, dateCovered, sentenceDates,
        surnames, articleSeen, placesSeen, isCap, firstMention, titled,
      };
      const lookups = createLookups(d);
      const chains = createChains(d, lookups);
      const titleNames = createTitleNames(d, lookups);
      const { parsePhrase } = createPhraseParser(d, lookups, chains, titleNames);
      const mentions = createMentions(d);
      const { placesAt, nameAt, ambiguous } = lookups;
      const { parseChain, chainSector, lastAgent, hasTitle } = chains;
      const { parseName } = titleNames;
      const { rootOf, codeFor, emit } = mentions;
      const {
        findTitleAntecedent, findGroupAntecedent, resolveHeShe, resolveHim, resolveThey, resolveIt, speechSubject, nearestAgreeing,
      } = createCoreference(d, mentions);
      const { locatedCountry, inferTitleCountries } = createCountryInference(d, lookups, mentions);
      const { registerSurname, apposition, titledName } = createAppositions(d, parsePhrase, mentions, parseName);

      /** The state named by a compass word `i` elided before "and" and another state's name, or null. */
      const elidedState = (i: number, b: number, date: string | null) => {
        const t = tokens[i]!;
        if (!COMPASS.has(t.lower) || tokens[i + 1]?.lower !== 'and' || i + 3 >= b || !isCap(t)) return null;
        const second = nameAt(i + 2, b);
        const entry = second?.value.entry;
        if (!second || entry?.kind !== 'country' || second.end - (i + 2) < 2 || !COMPASS.has(tokens[i + 2]!.lower)) return null;
        const shared = [t, ...tokens.slice(i + 3, second.end)];
        const match = lastOf(dict.names.matchAt(shared, 0, shared.length, false));
        const own = match?.end === shared.length ? match.values.find((v) => v.entry.kind === 'country') : undefined;
        if (!own || own.entry === entry) return null;
        return phrase(i, i + 1, 'country', resolveRole(own.entry, date).code, own.entry.name, null, 'actor/elided-state', false, own.entry);
      };

      for (let s = 0; s < sentences.length; s++) {
        // indexes, not `[a, b] =`: array destructuring runs the iterator protocol once per sentence
        const range = sentences[s]!.tokens;
        const a = range[0];
        const b = range[1];
        const date = sentenceDates[s]!;
        const firstOfSentence = out.length;
        /** Countries named in this sentence only as places (`in Algiers`), for the title fallback. */
        const placeCountries = new Set<string>();
        let i = a;
        while (i < b) {
          // most words start nothing (no pronoun, name or agent, and no capital for a place or surname): pass them by
          if (!(starts[i]! & (PRONOUN | STARTS_NAME | STARTS_AGENT | CAPITALISED))) {
            i++;
            continue;
          }
          const t = tokens[i]!;
          const tf = facts[i]!;
          const number = tf.pronoun;
          if (number !== undefined) {
            const object = W.him.has(t.lower);
            const speaker = object ? -1 : speechSubject(i, a, s, number);
            const k = speaker >= 0 ? speaker : object ? resolveHim(i, s) : number === 'person' ? resolveHeShe(i, s) : number === 'plural' ? resolveThey(i, s) : resolveIt(i, s, b);
            if (k >= 0) {
              const root = rootOf(k);
              const r = out[root]!;
              emit(phrase(i, i + 1, 'pronoun', codeFor(root, date), r.name, r.role ?? null,
                speaker >= 0 ? 'actor/coref-speaker' : 'actor/coref-pronoun', number === 'plural', info[root]!.entry), s, { antecedent: k });
            }
            i++;
            continue;
          }
          // `its troops`, `their peacekeeping force`: the owner's country with the agent's sector
          if (tf.possessivePronoun && i + 1 < b) {
            const chain = parseChain(i + 1, b);
            // (`its ambassador`: a title with no name after it is the owner's office holder too)
            const named = !!chain && chain.end < b && isCap(tokens[chain.end]!) && !lowerDoc;
            if (chain && chain.start === i + 1 && (!hasTitle(chain) || !named) && chain.agents.some((x) => x.agent.sector)) {
              const number: Agreement = t.lower === 'their' ? 'plural' : t.lower === 'its' ? 'thing' : 'person';
              let owner = nearestAgreeing(i, a, s, number);
              // `Nigeria announced it will withdraw their peacekeeping force`: `their` for a state or organisation
              if (owner < 0 && number === 'plural') owner = nearestAgreeing(i, a, s, 'thing');
              const ownerCode = owner >= 0 ? codeFor(rootOf(owner), date) : null;
              const root = ownerCode ? codeParts(ownerCode).country ?? (ownerCode.startsWith('IGO') ? ownerCode : null) : null;
              if (root) {
                const sector = chainSector(chain);
                const code = root.startsWith('IGO') ? (root.endsWith(sector) ? root : root + sector) : root.slice(0, 3) + sector;
                emit(phrase(i, chain.end, 'agent', code, null, null, 'actor/possessive-agent', lastAgent(chain).plural), s);
                i = chain.end;
                continue;
              }
            }
          }
          // "North and South Korea", "East and West Germany": a compass word before "and" and a state's name
          // that opens with another names the state the two share the rest of the name with
          const elided = elidedState(i, b, date);
          if (elided) {
            emit(elided, s);
            i++;
            continue;
          }
          const det = i > a && facts[i - 1]!.determiner;
          const p = parsePhrase(i, b, date, det);
          if (!p) {
            const place = isCap(t) ? placesAt(i, b) : NO_MATCH;
            const last = lastOf(place);
            if (last) {
              // (a state's province or state names it only for an agent there, not for the sentence: "signed in New
              // York with the United Nations" says nothing of the ambassador's country)
              const entry = last.values[0]!.entry;
              if (!entry.id.startsWith(ADMIN_REGION_ID)) placeCountries.add(entry.roles[0]!.code.slice(0, 3));
              i = last.end;
              continue;
            }
            // a surname of someone introduced earlier in full
            const known = !lowerDoc && isCap(t) ? surnames.get(t.text) : undefined;
            if (known !== undefined) {
              const root = rootOf(known);
              const r = out[root]!;
              emit(phrase(i, i + 1, 'person', codeFor(root, date), r.name, null, 'actor/coref-name', false, info[root]!.entry), s,
                { antecedent: root });
              i++;
              continue;
            }
            // `Alexis Kanyarengwe, chairman of the Rwandese Patriotic Front,`: an unknown name before a title
            // in commas holds that office (the title phrase is read on its own after it)
            const holder = !lowerDoc && isCap(t) ? titledName(i, b, date) : null;
            if (holder) {
              const idx = emit(holder, s);
              registerSurname(idx);
              i = apposition(holder.end, b, idx, holder, s, date);
              continue;
            }
            i++;
            continue;
          }
          // "the Lima Group", "the Doha agreement", "the Minsk talks": a city naming a thing is no government
          if (p.kind === 'country' && p.entry?.capital && p.end < b && ((!p.before && W.namedAfterCity.has(tokens[p.end]!.lower)) || attackThere(p.end, b))) {
            i = p.end;
            continue;
          }
          // capitals and countries inside locative phrases are places, not actors
          if (p.kind === 'country' && p.entry && !p.before) {
            const prev = p.start > a ? tokens[p.start - 1]!.lower : '';
            const next = p.end + 1 < b ? tokens[p.end + 1]!.lower : '';
            const asPlace = p.entry.capital
              ? W.locative.has(prev) || (tokens[p.end]?.text === ',' && (next === 'the' || next === 'capital'))
              : !p.entry.plural && W.locativeCountry.has(prev);
            if (asPlace) {
              // a shared name ("in Congo") is no evidence of which country it is
              if (!p.entry.candidates) placeCountries.add(resolveRole(p.entry, date).code.slice(0, 3));
              i = p.end;
              continue;
            }
          }
          // "received at the Palace of the Revolution", "met at the Kremlin": a state body's seat after a preposition
          // of place is where it happened, not who acted
          if (p.kind === 'body' && !p.before) {
            let q = p.start - 1;
            if (q >= a && W.determiner.has(tokens[q]!.lower)) q--;
            if (q >= a && SEAT_PREPOSITIONS.has(tokens[q]!.lower)) {
              i = p.end;
              continue;
            }
          }
          // `ethnic Albanians`: people of that descent outside its state, placed by the sentence or left without a country
          if (p.start > a && W.ethnic.has(tokens[p.start - 1]!.lower) && p.code && codeParts(p.code).country && !p.before) {
            const home = locatedCountry(p.end, b, date);
            const sector = codeParts(p.code).sector || 'CVL';
            emit({ ...p, start: p.start - 1, kind: 'agent', entry: undefined, name: null, rule: 'actor/ethnic',
              code: home ? home + sector : sector }, s);
            i = p.end;
            continue;
          }
          for (const q of p.before ?? []) emit(q, s);
          if (p.titleRef || p.groupRef) {
            const last = tokens[p.end - 1]!.lower;
            // ("across the country" is a place, and "the country's forces" another phrase's owner: only a
            // reference to a state that acts stands for it)
            const stateWord = !p.titleRef && W.stateReference.has(last);
            let q = p.start - 1;
            if (q > a && W.determiner.has(tokens[q]!.lower)) q--;
            const before = q >= a ? tokens[q]! : null;
            const acting = !stateWord || (!(before && (before.pos === 'ADP' || W.locative.has(before.lower) || before.lower === 'throughout'))
              && !(p.end < b && W.possessive.has(tokens[p.end]!.lower)));
            let k = !acting ? -1 : p.titleRef ? findTitleAntecedent(p) : findGroupAntecedent(s, last);
            // "The U.S. ambassador, Sam Brownback, said": a title with a name in apposition refers to that person,
            // not back to the last holder of the title named (the apposition is read below)
            const named = p.titleRef ? appositiveName(p.end, b) : null;
            if (named) k = -1;
            if (k >= 0) {
              const root = rootOf(k);
              const r = out[root]!;
              // "the island", "the kingdom" stand for the state itself, not its office holder
              const state = stateWord;
              emit({ ...p, kind: p.kind === 'reference' ? 'reference' : p.kind, entry: state ? undefined : info[root]!.entry,
                rule: p.titleRef ? 'actor/coref-title' : 'actor/coref-group' }, s,
              { antecedent: k, code: state ? r.country! : codeFor(root, date), name: state ? null : r.name });
              i = p.end;
              continue;
            }
            if (p.refOnly && !named) {
              i = p.end;
              continue;
            }
          }
          if (p.kind === 'person' && p.entry) {
            const first = firstMention.get(p.entry) ?? -1;
            if (first >= 0 && p.rule === 'actor/dictionary') p.rule = 'actor/coref-name';
            const idx = emit(p, s, first >= 0 && p.rule === 'actor/coref-name' ? { antecedent: rootOf(first) } : undefined);
            i = p.end;
            i = apposition(ofOwnState(idx, i, b, date), b, idx, p, s, date);
            registerSurname(idx);
            continue;
          }
          const idx = emit(p, s);
          // "the State Council of the USSR": a body the dictionary gives one state is the like body of the state named after it
          if (p.kind === 'body') {
            const after = ofOtherState(idx, p.end, b, date);
            if (after > p.end) {
              i = after;
              continue;
            }
          }
          if (p.kind === 'person') {
            registerSurname(idx);
            i = apposition(ofOwnState(idx, p.end, b, date), b, idx, p, s, date);
            continue;
          }
          // `The president of the United States, Donald Trump,`: an unknown name takes the title's code
          if (p.kind === 'agent' && p.role && !p.plural) {
            const name = appositiveName(p.end, b);
            // (the title's "of the Republic" is the mention's, so the name stands right after it in commas)
            if (name && name.start - 1 > p.end) {
              const to = tokens[name.start - 2]!.span[1];
              Object.assign(out[idx]!, { text: text.slice(out[idx]!.span[0], to), span: [out[idx]!.span[0], to] });
              info[idx]!.end = name.start - 1;
            }
            if (name && !name.entry) {
              const pi = emit(phrase(name.start, name.end, 'person', p.code, name.name, p.role, 'actor/apposition', false), s,
                { antecedent: idx });
              registerSurname(pi);
              i = name.end;
              continue;
            }
            // `The Prime Minister, Adel Abdul-Mahdi,`: a title with no country before a known person is that person's office
            // (a title an organisation holds, "the European Union's foreign policy chief", keeps the organisation's code)
            if (name && name.entry && !out[idx]!.country && out[idx]!.code === out[idx]!.sector) {
              const code = resolveRole(name.entry, date).code;
              const parts = codeParts(code);
              if (parts.country) Object.assign(out[idx]!, { code: parts.country + (out[idx]!.sector || parts.sector), country: parts.country, rule: `${out[idx]!.rule}+apposition` });
            }
            if (name) {
              i = name.start - 1;
              continue;
            }
          }
          i = p.end;
        }
        inferTitleCountries(s, firstOfSentence, placeCountries);
        for (const c of placeCountries) {
          articleSeen.add(c);
          placesSeen.add(c);
        }
        for (let k = firstOfSentence; k < out.length; k++) if (out[k]!.country) articleSeen.add(out[k]!.country!);
      }

      /** The name in commas right after a title ending at `end` (`, Sam Brownback,`), or null. */
      function appositiveName(end: number, b: number): (NonNullable<ReturnType<typeof parseName>> & { start: number }) | null {
        let k = end;
        // "The President of the Republic, Kais Saied,": "of the Republic" names the office's own state
        if (tokens[k]?.lower === 'of' && tokens[k + 1]?.lower === 'the' && OWN_STATE_NOUNS.has(tokens[k + 2]?.lower ?? '')) k += 3;
        if (tokens[k]?.text !== ',') return null;
        const name = parseName(k + 1, b);
        return name && name.end < b && W.appositionEnd.has(tokens[name.end]!.lower) ? { ...name, start: k + 1 } : null;
      }

      /**
       * `Prime Minister Meles Zenawi of Ethiopia`: "of" and the person's own state after the name belong to the
       * mention; the token after them, or `end` when they do not follow.
       */
      function ofOwnState(idx: number, end: number, b: number, date: string | null): number {
        if (end + 1 >= b || tokens[end]!.lower !== 'of') return end;
        const n = nameAt(end + 1, b);
        const e = n?.value.entry;
        const m = out[idx]!;
        if (!n || !e || e.kind !== 'country' || e.plural || !m.country || resolveRole(e, date).code.slice(0, 3) !== m.country) return end;
        const to = tokens[n.end - 1]!.span[1];
        Object.assign(m, { text: text.slice(m.span[0], to), span: [m.span[0], to] });
        info[idx]!.end = n.end;
        return n.end;
      }

      /**
       * `the State Council of the USSR`: "of" and another state right after a body of one state make the mention
       * that state's body of the same sector; the token after them, or `end` when they do not follow.
       */
      function ofOtherState(idx: number, end: number, b: number, date: string | null): number {
        if (end + 1 >= b || tokens[end]!.lower !== 'of') return end;
        const k = tokens[end + 1]!.lower === 'the' ? end + 2 : end + 1;
        const n = nameAt(k, b);
        const e = n?.value.entry;
        const m = out[idx]!;
        if (!n || !e || e.kind !== 'country' || e.plural || !m.country) return end;
        const state = resolveRole(e, date).code.slice(0, 3);
        const sector = codeParts(m.code ?? '').sector;
        if (state === m.country || !sector) return end;
        const to = tokens[n.end - 1]!.span[1];
        Object.assign(m, { text: text.slice(m.span[0], to), span: [m.span[0], to], code: state + sector, country: state, rule: `${m.rule}+of-state` });
        info[idx]!.end = n.end;
        return n.end;
      }

      const unsettled = ambiguous.length > 0
        ? settleAmbiguous(out, ambiguous.map((a) => ({ ...a, from: tokens[a.start]!.span[0], to: tokens[a.end - 1]!.span[1] })), placesSeen)
        : undefined;
      const kept = dropNonActors(out, tokens, unsettled, W.currency);
      inheritArticleCountry(kept, sentences.length);
      return kept;
    },
  };
}
