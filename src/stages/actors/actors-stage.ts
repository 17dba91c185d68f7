// The actors stage: finds who is mentioned (names, titles, agents, later references) and codes them in CAMEO.
import type { ActorKind, ActorMention, DateMention, Token } from '../../model/types.js';
import { layer, type Doc, type Stage } from '../../pipeline/stage.js';
import {
  resolveRole, type ActorDictionary, type ActorEntry, type AgentForm, type NameValue,
} from '../../dictionaries/actor-dictionary.js';
import { capitalsAgree, casedText, type NameTrie, type TrieMatch, type TrieStart } from '../../dictionaries/name-trie.js';
import { dropNonActors, inheritArticleCountry, settleAmbiguous } from './non-actors.js';
import { codeParts } from './code-parts.js';
import {
  CAPITALISED, LOWER_INITIAL, PRONOUN, STARTS_AGENT, STARTS_NAME, STARTS_PLACE, createWordFacts, isCapitalised, type Agreement,
} from './word-facts.js';

export { codeParts } from './code-parts.js';

/** A phrase recognised at some token, before it becomes a mention. Made by `phrase` only. */
interface Phrase {
  start: number;
  end: number;
  kind: ActorKind;
  code: string | null;
  name: string | null;
  role: string | null;
  rule: string;
  entry: ActorEntry | undefined;
  plural: boolean;
  /** Whether the role came from the dictionary for this date (text titles may override undated roles). */
  dated: boolean | undefined;
  /** The last agent word of a title (`president`), for later `the president` references. */
  titleWord: string | undefined;
  /** A definite singular title without a name (`the Afghan president`): may refer back. */
  titleRef: boolean;
  /** A definite group noun (`the armed group`, `the militants`): may refer back to a group. */
  groupRef: boolean;
  /** Only a reference: dropped when nothing earlier fits. */
  refOnly: boolean;
  /** Mentions to emit before this one (compound actors). */
  before: Phrase[] | undefined;
}

/**
 * A phrase with every field set, always in this order. Phrases are made at some twenty places; as
 * object literals of their own they had ten hidden classes, and every read of `p.kind` or `p.entry`
 * went through V8's slow megamorphic lookup. The rarer fields are set on the result.
 */
function phrase(
  start: number, end: number, kind: ActorKind, code: string | null, name: string | null, role: string | null,
  rule: string, plural: boolean, entry?: ActorEntry,
): Phrase {
  return {
    start, end, kind, code, name, role, rule, entry, plural,
    dated: undefined, titleWord: undefined, titleRef: false, groupRef: false, refOnly: false, before: undefined,
  };
}

interface Chain {
  start: number;
  end: number;
  agents: AgentForm[];
  former: boolean;
}

/** Per-mention facts the stage keeps for later references. */
interface MentionInfo {
  entry?: ActorEntry;
  quoted: boolean;
  titleWord?: string;
  armed: boolean;
}

const word = (dict: ActorDictionary, cls: string): Set<string> => dict.words.get(cls) ?? new Set();

export function createActorsStage(dict: ActorDictionary): Stage<'actors'> {
  const W = {
    locative: word(dict, 'locative'),
    locativeCountry: word(dict, 'locative-country'),
    determiner: word(dict, 'determiner'),
    possessive: word(dict, 'possessive'),
    coordinator: word(dict, 'coordinator'),
    heShe: word(dict, 'pronoun-singular'),
    they: word(dict, 'pronoun-plural'),
    appositionEnd: word(dict, 'apposition-end'),
    notName: word(dict, 'not-name'),
    particle: word(dict, 'name-particle'),
    indefinite: word(dict, 'indefinite'),
    it: word(dict, 'pronoun-it'),
    possPronoun: word(dict, 'possessive-pronoun'),
    led: word(dict, 'led-link'),
    locatedParticiple: word(dict, 'located-participle'),
    locatedPrep: word(dict, 'located-preposition'),
    ethnic: word(dict, 'ethnic'),
    allegiance: word(dict, 'allegiance'),
    namedAfterCity: word(dict, 'named-after-city'),
    adjectiveAgent: word(dict, 'adjective-agent'),
    igoReference: word(dict, 'igo-reference'),
    speech: word(dict, 'speech-verb'),
  };

  /** Every pronoun with what it can stand for, asked once per token (`he` before `they` before `it`). */
  const pronounNumber = new Map<string, Agreement>();
  for (const [words, number] of [[W.it, 'thing'], [W.they, 'plural'], [W.heShe, 'person']] as const) {
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
      const isCap = (t: Token) => isCapitalised(t.text);

      // memoised per token: phrases are tried from several rules at the same place
      // every lookup at a token uses its sentence end as the limit, so one slot per token suffices
      // (and the STARTS_* bits, worked out with that limit, hold for every lookup)
      const nameMemo: ({ end: number; value: NameValue } | null | undefined)[] = new Array(tokens.length);
      const agentMemo: ({ end: number; form: AgentForm } | null | undefined)[] = new Array(tokens.length);
      const firstMention = new Map<ActorEntry, number>();
      /** Mentions holding a title, by each word of the title, for `the president` references. */
      const titled = new Map<string, number[]>();
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

      /** Agent words with modifiers between them: `Vice Foreign Minister`, `rebel leaders`. */
      const parseChain = (k: number, limit: number): Chain | null => {
        let j = k;
        let end = -1;
        let start = -1;
        let former = false;
        /** A "former" after the last agent word ("television late on Sunday") says nothing of it. */
        let formerAfter = false;
        const agents: AgentForm[] = [];
        while (j < limit) {
          const m = agentAt(j, limit);
          if (!m || (m.form.agent.onlyRef && agents.length === 0 && !m.form.agent.mod)) break;
          if (m.form.agent.onlyRef) {
            // `opposition groups`, `rebel movement`: the group noun closes the phrase and gives its number
            if (m.form.agent.group && !m.form.agent.sector) {
              agents.push(m.form);
              end = j = m.end;
            }
            break;
          }
          if (start < 0) start = j;
          if (m.form.agent.mod) {
            if (m.form.agent.former) formerAfter = true;
            j = m.end;
            continue;
          }
          former ||= formerAfter;
          formerAfter = false;
          agents.push(m.form);
          j = m.end;
          end = j;
        }
        if (agents.length === 0) return null;
        return { start, end, agents, former };
      };
      const chainSector = (c: Chain): string => {
        if (c.former) return 'ELI';
        // the head noun decides (`civilian refugees` → REF, `military government` → GOV); weak heads defer (`rebel leaders`)
        for (let k = c.agents.length - 1; k >= 0; k--) if (!c.agents[k]!.agent.weak && c.agents[k]!.agent.sector) return c.agents[k]!.agent.sector;
        return (c.agents.find((a) => a.agent.sector) ?? c.agents[0]!).agent.sector;
      };
      const chainText = (c: Chain) => text.slice(tokens[c.start]!.span[0], tokens[c.end - 1]!.span[1]);
      const lastAgent = (c: Chain) => c.agents[c.agents.length - 1]!;
      const hasTitle = (c: Chain) => lastAgent(c).agent.title;
      const allBound = (c: Chain) => c.agents.every((a) => a.agent.bound || !a.agent.sector);
      const isLocal = (c: Chain) => c.agents.some((a) => a.agent.local) && !c.agents.some((a) => a.agent.sector === 'MIL' && !a.agent.local);

      /** Joins an actor's code and a chain of agents: country + sector, organisations keep their code. */
      const combine = (entry: ActorEntry, date: string | null, c: Chain): string => {
        const base = resolveRole(entry, date).code;
        const sector = chainSector(c);
        if (entry.kind === 'country') return base.slice(0, 3) + sector;
        if (entry.kind === 'igo') {
          const strong = c.agents.find((a) => !a.agent.weak);
          if (strong && strong.agent.sector && strong.agent.sector !== 'GOV' && !base.slice(3).includes(strong.agent.sector)) {
            return base + strong.agent.sector;
          }
        }
        return base;
      };

      /** A person's name after a title: a dictionary person, else capitalised words. */
      const parseName = (k: number, limit: number): { end: number; entry?: ActorEntry; name: string } | null => {
        if (k >= limit) return null;
        const n = nameAt(k, limit);
        if (n?.value.entry.kind === 'person') return { end: n.end, entry: n.value.entry, name: n.value.entry.name };
        if (lowerDoc) return lowerCaseName(k, limit);
        let j = k;
        let end = -1;
        while (j < limit && j - k < 6) {
          const t = tokens[j]!;
          const adjacent = j > k && t.span[0] === tokens[j - 1]!.span[1];
          if (isCap(t) && !W.notName.has(t.lower) && !dateCovered[j] && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'X' || t.pos === 'ADJ')) {
            if (j > k && !adjacent) {
              const other = nameAt(j, limit);
              if (other && other.value.entry.kind !== 'person') break;
            }
            end = j + 1;
            j++;
            continue;
          }
          if (end > 0 && (t.text === '-' || t.text === "'" || t.text === '’') && adjacent && j + 1 < limit
            && tokens[j + 1]!.span[0] === t.span[1] && isCap(tokens[j + 1]!)) {
            j++;
            continue;
          }
          if (W.particle.has(t.text) && j + 1 < limit && isCap(tokens[j + 1]!)) {
            j++;
            continue;
          }
          // "al-Shaibani", "el-Sisi", "bin-Salman": a particle joined to the next name by a hyphen
          if (W.particle.has(t.text) && j + 2 < limit && tokens[j + 1]!.text === '-' && tokens[j + 1]!.span[0] === t.span[1]
            && tokens[j + 2]!.span[0] === tokens[j + 1]!.span[1] && isCap(tokens[j + 2]!)) {
            j += 2;
            continue;
          }
          break;
        }
        if (end < 0) return null;
        const name = text.slice(tokens[k]!.span[0], tokens[end - 1]!.span[1]);
        return { end, name };
      };

      /**
       * In a lower-cased feed a name has no capitals to find it by: after a title or as an apposition,
       * two or three plain words that no dictionary knows and that end where a name ends (a verb, a
       * comma, a full stop): "defence minister ivan velasquez said", "the head of the delegation , vera grabe ,".
       */
      const lowerCaseName = (k: number, limit: number): { end: number; name: string } | null => {
        let j = k;
        while (j < limit && j - k < 3) {
          const t = tokens[j]!;
          if ((t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'X') || !NAME_WORD.test(t.text) || W.notName.has(t.lower)
            || dateCovered[j] || nameAt(j, limit) || agentAt(j, limit)) break;
          j++;
        }
        if (j - k < 2) return null;
        const after = tokens[j];
        if (j < limit && after && after.pos !== 'VERB' && after.pos !== 'AUX' && after.text !== ',' && after.text !== '.' && !W.appositionEnd.has(after.lower)) return null;
        return { end: j, name: text.slice(tokens[k]!.span[0], tokens[j - 1]!.span[1]) };
      };

      const mentionCountry = (p: Phrase) => (p.code ? codeParts(p.code).country : null);

      /** Recognises one actor phrase at token `j` (after any determiner), without emitting it. */
      const parsePhrase = (i: number, limit: number, date: string | null, det: boolean): Phrase | null => {
        let j = i;
        let former = false;
        while (j < limit && !nameAt(j, limit)) {
          const m = agentAt(j, limit);
          if (!m || !m.form.agent.mod) break;
          former ||= m.form.agent.former;
          j = m.end;
        }
        const n = nameAt(j, limit);
        if (n) {
          const entry = n.value.entry;
          if (entry.kind === 'person') {
            // "Saddam Hussein's government", "Putin's spokesman": the agent is of the person's country
            const person = personPhrase(j, n.end, entry, date);
            if (n.end + 1 < limit && W.possessive.has(tokens[n.end]!.lower)) {
              const chain = parseChain(n.end + 1, limit);
              const country = person.code ? codeParts(person.code).country : null;
              if (chain && chain.start === n.end + 1 && country) {
                const agent = phrase(chain.start, chain.end, 'agent', country + chainSector(chain), null,
                  hasTitle(chain) ? chainText(chain) : null, 'actor/possessive-person', lastAgent(chain).plural);
                agent.before = [person];
                return agent;
              }
            }
            return person;
          }
          let k = n.end;
          const poss = k < limit && W.possessive.has(tokens[k]!.lower);
          if (poss) k++;
          // `Vietnamese-led forces`: the leader's forces
          else if (entry.kind === 'country' && k + 1 < limit && tokens[k]!.text === '-' && W.led.has(tokens[k + 1]!.lower)
            && tokens[k]!.span[0] === tokens[k - 1]!.span[1]) k += 2;
          // `Bosnian Serbs`, `Iraqi Kurds`: nationals of one people living in the named state are coded to that state
          if (entry.kind === 'country' && !poss && !entry.capital && !entry.plural && k === n.end) {
            const people = nameAt(k, limit);
            const pe = people?.value.entry;
            if (pe && pe.kind === 'country' && pe.plural && !pe.capital && pe.roles[0]!.code.slice(0, 3) !== resolveRole(entry, date).code.slice(0, 3)) {
              return phrase(j, people!.end, 'agent', resolveRole(entry, date).code.slice(0, 3) + 'CVL', null, null,
                'actor/people-in-state', true);
            }
          }
          if (entry.kind === 'country' && !poss && !entry.capital && !entry.plural) {
            const compound = parseCompound(j, n.end, entry, limit, date);
            if (compound) return compound;
          }
          let chain = entry.plural && entry.kind === 'country' ? null : parseChain(k, limit);
          // `Irish nationalist guerrillas`: plain lower-case adjectives between the nationality and its agent
          if (!chain && entry.kind === 'country' && !entry.plural && !poss) {
            let q = k;
            while (q < limit && q < k + 2 && tokens[q]!.pos === 'ADJ' && !isCap(tokens[q]!)) q++;
            const later = q > k ? parseChain(q, limit) : null;
            if (later && later.start === q && !hasTitle(later)) chain = { ...later, start: k };
          }
          if (chain && !(allBound(chain) && !hasTitle(chain) && entry.kind !== 'country' && entry.kind !== 'igo')) {
            if (former) chain.former = true;
            const code = combine(entry, date, chain);
            const role = hasTitle(chain) ? chainText(chain) : null;
            if (hasTitle(chain)) {
              const person = parseName(chain.end, limit);
              if (person) return titleName(j, person, code, role, date);
            }
            const single = !lastAgent(chain).plural;
            const agent = phrase(j, chain.end, 'agent', code, entry.kind === 'country' ? null : entry.name, role, 'actor/agent', !single);
            agent.titleWord = lastAgent(chain) ? titleWordOf(chain) : undefined;
            agent.titleRef = det && single && hasTitle(chain);
            return agent;
          }
          return phrase(j, n.end, entry.kind, resolveRole(entry, date).code, entry.name, null, entry.rule, !!entry.plural, entry);
        }
        const chain = parseChain(j, limit);
        if (chain && chain.start === j) {
          if (former) chain.former = true;
          let p = chain.end;
          // `the rebel Kurdistan Workers' Party`: a describing agent noun before an organisation's name
          const org = p < limit ? nameAt(p, limit) : null;
          if (org && (org.value.entry.kind === 'group' || org.value.entry.kind === 'body') && !hasTitle(chain)) {
            const entry = org.value.entry;
            return phrase(j, org.end, entry.kind, resolveRole(entry, date).code, entry.name, null, entry.rule, !!entry.plural, entry);
          }
          let link = p < limit ? tokens[p]!.lower : '';
          // `rebels operating in Macedonia`, `a newspaper based in Beirut`
          if (W.locatedParticiple.has(link) && p + 1 < limit && W.locatedPrep.has(tokens[p + 1]!.lower)) {
            p++;
            link = tokens[p]!.lower;
          }
          // `the head of the government delegation, Vera Grabe,`: a title over an agent phrase takes that
          // agent's code, and an unknown name after it is the holder's
          if (link === 'of' && (hasTitle(chain) || lastAgent(chain).agent.weak) && !lastAgent(chain).plural && p + 2 < limit) {
            let q = p + 1;
            if (W.determiner.has(tokens[q]!.lower)) q++;
            // only an agent word can open the agent phrase (a cheap, remembered test before a parse)
            const inner = !agentAt(q, limit) || nameAt(q, limit) ? null : parsePhrase(q, limit, date, false);
            if (inner && inner.kind === 'agent' && inner.code && !inner.plural && !inner.before) {
              const role = text.slice(tokens[chain.start]!.span[0], tokens[inner.end - 1]!.span[1]);
              const agent = phrase(j, inner.end, 'agent', inner.code, null, role, 'actor/agent-of', false);
              agent.titleWord = titleWordOf(chain);
              return agent;
            }
          }
          // `militants loyal to Iraq's Al-Qaeda frontman`, `the military government of President Prosper Avril`
          const allegiance = W.allegiance.has(link) && p + 1 < limit && tokens[p + 1]!.lower === 'to';
          if ((allegiance || (link === 'of' && !hasTitle(chain))) && p + 2 < limit) {
            let q = p + (allegiance ? 2 : 1);
            if (q < limit && W.determiner.has(tokens[q]!.lower)) q++;
            const inner = nameAt(q, limit)?.value.entry.kind === 'country' ? null : parsePhrase(q, limit, date, false);
            const country = inner?.code ? codeParts(inner.code).country : null;
            if (inner && country && (inner.kind === 'person' || allegiance) && !inner.before) {
              return phrase(j, inner.end, 'agent', country + chainSector(chain), null, null, 'actor/agent-of', lastAgent(chain).plural);
            }
            if (allegiance && q < limit) {
              const n3 = nameAt(q, limit);
              const e3 = n3?.value.entry;
              if (n3 && e3 && e3.kind === 'country' && !e3.plural) {
                return phrase(j, n3.end, 'agent', resolveRole(e3, date).code.slice(0, 3) + chainSector(chain), null, null,
                  'actor/agent-of', lastAgent(chain).plural);
              }
            }
          }
          const located = W.locatedPrep.has(link) && isLocal(chain) && !hasTitle(chain);
          if (link === 'of' || (link === 'in' && chain.agents.some((a) => a.agent.seat)) || located) {
            let q = p + 1;
            if (q < limit && W.determiner.has(tokens[q]!.lower)) q++;
            let n2 = q < limit ? nameAt(q, limit) : null;
            // regions count only as where an agent is, never as the owner of an `of` phrase
            if (!n2 && located && q < limit) {
              const place = placesAt(q, limit);
              const last = lastOf(place);
              if (last && (lowerDoc || isCap(tokens[q]!))) n2 = { end: last.end, value: last.values[0]! };
            }
            const e2 = n2?.value.entry;
            // `the chief of Israel's militia ally`: the possessive owns a later noun, not this agent
            const owned = n2 && n2.end < limit && W.possessive.has(tokens[n2.end]!.lower);
            // "the ministers of the Lima Group": a city naming a group is no government
            const thing = !!e2?.capital && !!n2 && n2.end < limit && W.namedAfterCity.has(tokens[n2.end]!.lower);
            if (n2 && e2 && !owned && !thing && (e2.kind === 'country' || (e2.kind === 'igo' && !located)) && !e2.plural) {
              const code = combine(e2, date, chain);
              const agent = phrase(j, n2.end, 'agent', code, null, hasTitle(chain) ? chainText(chain) : null,
                located && link !== 'of' ? 'actor/agent-located' : 'actor/agent', lastAgent(chain).plural);
              agent.titleWord = titleWordOf(chain);
              return agent;
            }
          }
          if (hasTitle(chain)) {
            const person = parseName(chain.end, limit);
            if (person && (isCap(tokens[chain.start]!) || person.entry || lowerDoc)) {
              return titleName(j, person, chainSector(chain), chainText(chain), date);
            }
          }
          const single = !lastAgent(chain).plural;
          const groupWord = chain.agents.some((a) => a.agent.sector === 'REB');
          if (det && single && hasTitle(chain)) {
            const ref = phrase(j, chain.end, 'agent', chainSector(chain), null, chainText(chain), 'actor/agent', false);
            ref.titleWord = titleWordOf(chain);
            ref.titleRef = true;
            ref.refOnly = allBound(chain);
            return ref;
          }
          if (allBound(chain)) return null;
          if (single && i > 0 && W.indefinite.has(tokens[i - 1]!.lower)) return null;
          const agent = phrase(j, chain.end, 'agent', chainSector(chain), null, hasTitle(chain) ? chainText(chain) : null,
            'actor/agent', !single);
          agent.groupRef = det && groupWord;
          return agent;
        }
        if (det && j === i) {
          const m = agentAt(j, limit);
          if (m?.form.agent.group) {
            const ref = phrase(j, m.end, 'reference', null, null, null, 'actor/coref-group', false);
            ref.groupRef = true;
            ref.refOnly = true;
            return ref;
          }
        }
        return null;
      };

      /** The chain's last word, lower-cased. */
      const titleWordOf = (c: Chain): string => (c.end > c.start ? tokens[c.end - 1]!.lower : '');

      const titleName = (
        j: number, person: { end: number; entry?: ActorEntry; name: string }, textCode: string, role: string | null,
        date: string | null,
      ): Phrase => {
        let code = textCode;
        let dated = false;
        if (person.entry) {
          const r = resolveRole(person.entry, date);
          dated = r.dated;
          // a dated role is knowledge; an undated default yields to the title the text gives
          if (r.dated) code = r.code;
          else if (!codeParts(textCode).country) {
            const known = codeParts(r.code);
            const sector = codeParts(textCode).sector;
            code = known.country && sector ? known.country + sector : r.code;
          }
        }
        const p = phrase(j, person.end, 'person', code, person.name, role, 'actor/title-name', false, person.entry);
        p.dated = dated;
        return p;
      };

      const personPhrase = (j: number, end: number, entry: ActorEntry, date: string | null): Phrase => {
        const r = resolveRole(entry, date);
        const p = phrase(j, end, 'person', r.code, entry.name, null, 'actor/dictionary', false, entry);
        p.dated = r.dated;
        return p;
      };

      /** `Hungarian and Romanian officials`: every country before the shared agent gets its sector. */
      const parseCompound = (j: number, firstEnd: number, first: ActorEntry, limit: number, date: string | null): Phrase | null => {
        const parts: { start: number; end: number; entry: ActorEntry }[] = [{ start: j, end: firstEnd, entry: first }];
        let p = firstEnd;
        while (p + 1 < limit && W.coordinator.has(tokens[p]!.lower)) {
          const n = nameAt(p + 1, limit);
          if (!n || n.value.entry.kind !== 'country' || n.value.entry.capital || n.value.entry.plural) break;
          parts.push({ start: p + 1, end: n.end, entry: n.value.entry });
          p = n.end;
        }
        if (parts.length < 2) return null;
        const chain = parseChain(p, limit);
        if (!chain || chain.start !== p) return null;
        const plural = lastAgent(chain).plural;
        const role = hasTitle(chain) ? chainText(chain) : null;
        const before: Phrase[] = parts.slice(0, -1).map((part) =>
          phrase(part.start, part.end, 'agent', combine(part.entry, date, chain), null, role, 'actor/agent-distributed', plural));
        const last = parts[parts.length - 1]!;
        const compound = phrase(last.start, chain.end, 'agent', combine(last.entry, date, chain), null, role, 'actor/agent', plural);
        compound.before = before;
        return compound;
      };

      const rootOf = (k: number): number => {
        let r = k;
        for (let guard = 0; guard < 20 && out[r]!.antecedent !== undefined; guard++) r = out[r]!.antecedent!;
        return r;
      };
      const codeFor = (root: number, date: string | null): string | null =>
        info[root]!.entry ? resolveRole(info[root]!.entry!, date).code : out[root]!.code;

      /** `extra`: the antecedent of a reference, and the code and name it takes from it (kept in this key order). */
      const emit = (p: Phrase, sentence: number, extra?: Partial<ActorMention>): number => {
        const code = extra?.code !== undefined ? extra.code : p.code;
        const parts = code ? codeParts(code) : NO_CODE;
        const from = tokens[p.start]!.span[0];
        const to = tokens[p.end - 1]!.span[1];
        // Every mention has every key, in the order the record shows them (undefined ones are left out of
        // it): mentions of one hidden class keep the reads of their fields here and in later stages fast.
        const m: ActorMention = {
          text: text.slice(from, to), span: [from, to],
          sentence, kind: p.kind, name: p.name, code: code ?? null, country: parts.country, sector: parts.sector,
          rule: p.rule, role: p.role || undefined, entry: p.entry ? p.entry.id : undefined, plural: p.plural || undefined,
          antecedent: undefined,
        };
        // a code in `extra` is the one `parts` came from: country and sector need no second look
        if (extra) Object.assign(m, extra);
        out.push(m);
        if (p.entry && m.kind === 'person' && !firstMention.has(p.entry)) firstMention.set(p.entry, out.length - 1);
        if (m.role && !m.plural && (m.kind === 'person' || m.kind === 'agent')) {
          for (const w of m.role.toLowerCase().split(/[\s-]+/)) {
            let list = titled.get(w);
            if (!list) titled.set(w, (list = []));
            list.push(out.length - 1);
          }
        }
        info.push({ entry: p.entry, quoted: quoted[p.start]!, titleWord: p.titleWord, armed: !!p.entry?.armed || parts.sector === 'REB' });
        return out.length - 1;
      };

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
        for (let k = out.length - 1; k >= 0; k--) {
          if (sentence - out[k]!.sentence > 6) break;
          const m = out[k]!;
          if (igo ? m.kind === 'igo' : m.kind === 'group' || (info[k]!.armed && m.country)) return k;
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
            const speaker = speechSubject(i, a, s, number);
            const k = speaker >= 0 ? speaker : number === 'person' ? resolveHeShe(i, s) : number === 'plural' ? resolveThey(i, s) : resolveIt(i, s, b);
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
            if (chain && chain.start === i + 1 && !hasTitle(chain) && chain.agents.some((x) => x.agent.sector)) {
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
          const det = i > a && facts[i - 1]!.determiner;
          const p = parsePhrase(i, b, date, det);
          if (!p) {
            const place = isCap(t) ? placesAt(i, b) : NO_MATCH;
            const last = lastOf(place);
            if (last) {
              placeCountries.add(last.values[0]!.entry.roles[0]!.code.slice(0, 3));
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
            }
            i++;
            continue;
          }
          // "the Lima Group", "the Doha agreement", "the Minsk talks": a city naming a thing is no government
          if (p.kind === 'country' && p.entry?.capital && !p.before && p.end < b && W.namedAfterCity.has(tokens[p.end]!.lower)) {
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
            const k = p.titleRef ? findTitleAntecedent(p) : findGroupAntecedent(s, tokens[p.end - 1]!.lower);
            if (k >= 0) {
              const root = rootOf(k);
              const r = out[root]!;
              emit({ ...p, kind: p.kind === 'reference' ? 'reference' : p.kind, entry: info[root]!.entry,
                rule: p.titleRef ? 'actor/coref-title' : 'actor/coref-group' }, s,
              { antecedent: k, code: codeFor(root, date), name: r.name });
              i = p.end;
              continue;
            }
            if (p.refOnly) {
              i = p.end;
              continue;
            }
          }
          if (p.kind === 'person' && p.entry) {
            const first = firstMention.get(p.entry) ?? -1;
            if (first >= 0 && p.rule === 'actor/dictionary') p.rule = 'actor/coref-name';
            const idx = emit(p, s, first >= 0 && p.rule === 'actor/coref-name' ? { antecedent: rootOf(first) } : undefined);
            i = p.end;
            i = apposition(i, b, idx, p, s, date);
            registerSurname(idx);
            continue;
          }
          const idx = emit(p, s);
          if (p.kind === 'person') {
            registerSurname(idx);
            i = apposition(p.end, b, idx, p, s, date);
            continue;
          }
          // `The president of the United States, Donald Trump,`: an unknown name takes the title's code
          if (p.kind === 'agent' && p.role && !p.plural && tokens[p.end]?.text === ',') {
            const name = parseName(p.end + 1, b);
            if (name && !name.entry && name.end < b && W.appositionEnd.has(tokens[name.end]!.lower)) {
              const pi = emit(phrase(p.end + 1, name.end, 'person', p.code, name.name, p.role, 'actor/apposition', false), s,
                { antecedent: idx });
              registerSurname(pi);
              i = name.end;
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
        if (!hasUnplaced(from)) return;
        const countries = new Set<string>(places);
        const targets: number[] = [];
        for (let k = from; k < out.length; k++) {
          const m = out[k]!;
          if (unplacedTitle(k) || unplacedLocal(k)) targets.push(k);
          else if (m.country && m.antecedent === undefined) countries.add(m.country);
        }
        let country: string | null = null;
        const inSentence = countries.size === 1;
        if (inSentence) country = [...countries][0]!;
        else if (countries.size === 0 && articleSeen.size === 1) country = [...articleSeen][0]!;
        if (!country) return;
        for (const k of targets) {
          const m = out[k]!;
          // a local agent needs its own sentence to name the country: an article's one place may only be where talks were held
          if (!inSentence && (unplacedLocal(k) || m.rule === 'actor/apposition')) continue;
          // civilians are often another country's victims ("Israeli warplanes killed 10 civilians"): only
          // a place in the sentence says where they are
          if (m.sector === 'CVL' && !places.has(country)) continue;
          const code = country + m.sector;
          const rule = m.rule === 'actor/title-name' ? 'actor/title-inferred' : `${m.rule}+sentence-country`;
          Object.assign(m, { code, ...codeParts(code), rule });
          for (let r = k + 1; r < out.length; r++) {
            if (out[r]!.antecedent !== undefined && rootOf(r) === k) Object.assign(out[r]!, { code, ...codeParts(code) });
          }
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

      /** Whether the sentence's mentions from `from` on hold a title or local agent without a country (most sentences: none). */
      function hasUnplaced(from: number): boolean {
        for (let k = from; k < out.length; k++) if (unplacedTitle(k) || unplacedLocal(k)) return true;
        return false;
      }

      function registerSurname(idx: number): void {
        const m = out[idx]!;
        // a person named in apposition to a title is introduced there, though linked to the title
        if (m.kind !== 'person' || !m.name || (m.antecedent !== undefined && m.rule !== 'actor/apposition')) return;
        const parts = m.name.split(SPACES);
        if (parts.length < 2) return;
        const last = parts[parts.length - 1]!;
        // "al-Shaibani" is later written "Shaibani"
        const joined = PARTICLE_JOINED.exec(last);
        const keys = joined && W.particle.has(joined[1]!) ? [last, joined[2]!] : [last];
        for (const key of keys) if (STARTS_UPPER.test(key) && !surnames.has(key)) surnames.set(key, idx);
      }

      /** `Robert O'Brien, the White House national security adviser,`: the apposition names the role. */
      function apposition(k: number, limit: number, personIdx: number, p: Phrase, s: number, date: string | null): number {
        if (k + 1 >= limit || tokens[k]!.text !== ',') return k;
        let j = k + 1;
        if (j < limit && (W.determiner.has(tokens[j]!.lower) || tokens[j]!.lower === 'a' || tokens[j]!.lower === 'an')) j++;
        const ap = parsePhrase(j, limit, date, false);
        if (!ap || ap.kind !== 'agent' || ap.plural || !ap.code || ap.before) return k;
        const close = ap.end >= limit || W.appositionEnd.has(tokens[ap.end]!.lower) || tokens[ap.end]!.text === '.';
        if (!close) return k;
        const person = out[personIdx]!;
        const code = p.dated || !codeParts(ap.code).country ? person.code : ap.code;
        const role = person.role ?? ap.role ?? null;
        // a role the mention had none of comes last in the record, as a key added late does
        if (person.role === undefined) delete person.role;
        Object.assign(person, { rule: 'actor/apposition', code, role, ...codeParts(code ?? '') });
        emit({ ...ap, rule: 'actor/apposition' }, s, { antecedent: personIdx });
        return ap.end;
      }

      const unsettled = ambiguous.length > 0
        ? settleAmbiguous(out, ambiguous.map((a) => ({ ...a, from: tokens[a.start]!.span[0], to: tokens[a.end - 1]!.span[1] })), placesSeen)
        : undefined;
      const kept = dropNonActors(out, tokens, unsettled);
      inheritArticleCountry(kept, sentences.length);
      return kept;
    },
  };
}

const NO_MATCH: never[] = [];
/**
 * Sectors of people who belong where they are (agents.tsv flag `local`, and parties), less armed
 * groups and the press, which are often foreign; a sentence about one country gives them its code.
 */
const LOCAL_SECTORS = new Set(['COP', 'JUD', 'LEG', 'OPP', 'PTY', 'CVL', 'EDU', 'REL', 'LAB', 'AGR']);
/** Verbs after which `it` is usually empty ("it seems", "it was reported that", "it rained", "it takes time"). */
const EMPTY_IT_VERBS = new Set(['seem', 'appear', 'report', 'say', 'believe', 'expect', 'think', 'fear', 'understand', 'know', 'rain', 'snow', 'take', 'remain', 'become', 'matter', 'mean', 'happen', 'emerge', 'turn']);
const SPACES = /\s+/;
const PARTICLE_JOINED = /^(\p{Ll}+)-(\p{Lu}.*)$/u;
const STARTS_UPPER = /^\p{Lu}/u;
/** A word a lower-cased name may be made of: letters, with an inner apostrophe or hyphen (o'brien, al-shaibani). */
const NAME_WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u;
const NO_CODE = Object.freeze({ country: null, sector: '' });

/**
 * The last item, or undefined for an empty list without reading `list[-1]`: a negative index is no array
 * index, so V8 looks the key "-1" up along the prototype chain, a slow path at most tokens.
 */
function lastOf<T>(list: readonly T[]): T | undefined {
  return list.length > 0 ? list[list.length - 1] : undefined;
}

/** Few capitals in a long text means a lower-cased feed: names are matched without their capitals. */
function isLowerCased(text: string): boolean {
  let letters = 0;
  let upper = 0;
  // capitals making up 1/250 of the whole text are at least that share of its letters: a cased text is
  // known after its first capitals, without reading the rest
  const enough = text.length / 250;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) letters++;
    else if (c >= 65 && c <= 90) {
      letters++;
      if (++upper >= enough) return false;
    }
  }
  return letters >= 12 && upper / letters < 0.004;
}

/** Whether each token sits inside a quotation (straight quotes toggle). */
function quoteFlags(tokens: readonly Token[]): boolean[] {
  const flags: boolean[] = new Array(tokens.length);
  let inside = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    // every quote mark is one or two characters and starts with one of these: most tokens are out after one test
    const c = t.length <= 2 ? t.charCodeAt(0) : 0;
    if ((c === 34 || c === 0x201c || c === 0x201d || c === 96 || c === 39)
      && (t === '"' || t === '“' || t === '”' || t === '``' || t === "''")) {
      inside = t === '“' || t === '``' ? true : t === '”' || t === "''" ? false : !inside;
      flags[k] = false;
      continue;
    }
    flags[k] = inside;
  }
  return flags;
}

function coveredTokens(tokens: readonly Token[], dates: readonly DateMention[]): boolean[] {
  const flags: boolean[] = new Array(tokens.length).fill(false);
  if (dates.length === 0) return flags;
  let d = 0;
  for (let k = 0; k < tokens.length; k++) {
    const span = tokens[k]!.span;
    const s = span[0];
    const e = span[1];
    while (d < dates.length && dates[d]!.span[1] <= s) d++;
    const dm = dates[d];
    if (dm && dm.span[0] < e && s < dm.span[1]) flags[k] = true;
  }
  return flags;
}

/** The date a sentence's roles are resolved for: its first day/month date, else publication. */
function datesBySentence(dates: readonly DateMention[], n: number, published: string | null): (string | null)[] {
  const out: (string | null)[] = new Array(n).fill(published ? published.slice(0, 10) : null);
  const seen = new Set<number>();
  for (const d of dates) {
    if (seen.has(d.sentence) || d.sentence >= n) continue;
    if (d.precision === 'day' && /^\d{4}-\d{2}-\d{2}/.test(d.value)) out[d.sentence] = d.value.slice(0, 10);
    else if (d.precision === 'month' && /^\d{4}-\d{2}/.test(d.value)) out[d.sentence] = `${d.value.slice(0, 7)}-15`;
    else continue;
    seen.add(d.sentence);
  }
  return out;
}
