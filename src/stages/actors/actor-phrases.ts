// Recognises one actor phrase at a token: a name, a person, an agent chain and whose it is, countries sharing an agent.
import { resolveRole, type ActorEntry } from '../../dictionaries/actor-dictionary.js';
import { codeParts } from './code-parts.js';
import type { ActorDoc } from './actor-doc.js';
import { lastOf, type Lookups } from './lookups.js';
import type { Chains } from './chains.js';
import { phrase, type Phrase } from './mentions.js';
import type { TitleNames } from './titles.js';

/** Collective nouns that a body's description ends in, before its name ("the regional bloc ECOWAS"). */
const BODY_NOUNS = new Set(['bloc', 'alliance', 'body', 'grouping', 'organisation', 'organization', 'union', 'group', 'movement', 'militia']);
/** How many words a body's description may have before its name. */
const DESCRIPTION_REACH = 5;

/** The phrase parser of one document. */
/** A region's own bodies, which belong to its state: its government, police, courts and assembly. */
const REGION_BODIES = new Set(['GOV', 'COP', 'JUD', 'LEG']);

export function createPhraseParser(d: ActorDoc, lookups: Lookups, chains: Chains, titleNames: TitleNames) {
  const { W, text, tokens, lowerDoc, isCap } = d;
  const { nameAt, agentAt, placesAt } = lookups;
  const { parseChain, chainSector, chainText, lastAgent, hasTitle, allBound, isLocal, combine, titleWordOf } = chains;
  const { parseName, titleName, personPhrase } = titleNames;

  /** A dictionary entry's own phrase over tokens `[start, end)`: its code for the date, its name and rule. */
  const entryPhrase = (start: number, end: number, e: ActorEntry, date: string | null): Phrase =>
    phrase(start, end, e.kind, resolveRole(e, date).code, e.name, null, e.rule, !!e.plural, e);

  /**
   * The body named after a description at `q` ("West African bloc ECOWAS", "Western military alliance NATO"):
   * a few words ending in a collective noun, then the name of an international body or group; else null.
   */
  const describedBody = (q: number, limit: number): ReturnType<typeof nameAt> => {
    for (let g = q; g < Math.min(limit - 1, q + DESCRIPTION_REACH); g++) {
      const t = tokens[g]!;
      if (!BODY_NOUNS.has(t.lower)) continue;
      const n = nameAt(g + 1, limit);
      const kind = n?.value.entry.kind;
      return n && (kind === 'igo' || kind === 'group') ? n : null;
    }
    return null;
  };

  /**
   * "President Hugo Chavez's government", "Putin's spokesman": an agent a named person's possessive introduces
   * is of that person's country (the person comes first, in `before`); else the person phrase itself.
   */
  const ownedByPerson = (person: Phrase, limit: number): Phrase => {
    if (person.end + 1 >= limit || !W.possessive.has(tokens[person.end]!.lower)) return person;
    const chain = parseChain(person.end + 1, limit);
    const country = person.code ? codeParts(person.code).country : null;
    if (!chain || chain.start !== person.end + 1 || !country) return person;
    const agent = phrase(chain.start, chain.end, 'agent', country + chainSector(chain), null,
      hasTitle(chain) ? chainText(chain) : null, 'actor/possessive-person', lastAgent(chain).plural);
    agent.before = [person];
    return agent;
  };

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
        const owned = ownedByPerson(person, limit);
        if (owned !== person) return owned;
        // "the Trump administration", "the Obama government": a government named after its head is that state's
        const named = parseChain(n.end, limit);
        const country = person.code ? codeParts(person.code).country : null;
        if (named && named.start === n.end && country && GOVERNMENT_NOUNS.has(tokens[named.end - 1]!.lower)) {
          return phrase(j, named.end, 'agent', `${country}GOV`, null, null, 'actor/named-government', false);
        }
        return person;
      }
      let k = n.end;
      const poss = k < limit && W.possessive.has(tokens[k]!.lower);
      if (poss) k++;
      // `Vietnamese-led forces`: the leader's forces
      else if (entry.kind === 'country' && k + 1 < limit && tokens[k]!.text === '-' && W.led.has(tokens[k + 1]!.lower)
        && tokens[k]!.span[0] === tokens[k - 1]!.span[1]) {
        k += 2;
        // `the Saudi-led coalition`: a coalition a state leads is coded as that state's forces
        if (k < limit && tokens[k]!.lower === 'coalition') {
          return phrase(j, k + 1, 'agent', resolveRole(entry, date).code.slice(0, 3) + 'MIL', null, null, 'actor/agent', false);
        }
      }
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
      // `Azerbaijan's Ilham Aliyev`: a known person a state's possessive introduces is the actor
      if (poss && entry.kind === 'country' && k < limit) {
        const named = nameAt(k, limit);
        if (named && named.value.entry.kind === 'person') return personPhrase(j, named.end, named.value.entry, date);
      }
      // `Yemen's Houthis`, `Lebanon's Hezbollah`: the organisation a state's possessive introduces is the actor
      if (poss && entry.kind === 'country') {
        const org = nameAt(k, limit);
        const oe = org?.value.entry;
        // (`Colombia's FARC rebels`: an agent after the name makes the phrase longer; that is read below)
        const longer = org ? parseChain(org.end, limit) : null;
        if (org && oe && (oe.kind === 'group' || oe.kind === 'body') && !(longer && longer.start === org.end)) {
          const named = entryPhrase(j, org.end, oe, date);
          // "New Zealand's Labour Party", "Ukraine's Supreme Court": a party or state body named after another
          // state's possessive is that state's own (a name several states' bodies share); an armed group keeps
          // the country it fights in
          const own = named.code ? codeParts(named.code) : null;
          const state = resolveRole(entry, date).code.slice(0, 3);
          if (!oe.armed && own?.country && own.sector && own.country !== state) named.code = state + own.sector;
          return named;
        }
        // `Armenia's Security Council`: a state owns no international body; the name is its own council's;
        // `Russia's UN envoy`: the state's envoy to the body
        if (org && oe && oe.kind === 'igo') {
          const owned = longer && longer.start === org.end ? longer : null;
          if (owned && hasTitle(owned)) {
            const person = parseName(owned.end, limit);
            if (person) return titleName(j, person, resolveRole(entry, date).code.slice(0, 3) + chainSector(owned), chainText(owned), date);
          }
          const end = owned ? owned.end : org.end;
          const agent = phrase(j, end, 'agent', resolveRole(entry, date).code.slice(0, 3) + (owned ? chainSector(owned) : 'GOV'), null,
            text.slice(tokens[k]!.span[0], tokens[end - 1]!.span[1]), 'actor/agent', !!owned && lastAgent(owned).plural);
          if (owned) agent.titleWord = titleWordOf(owned);
          return agent;
        }
      }
      let chain = entry.plural && entry.kind === 'country' ? null : parseChain(k, limit);
      // `Irish nationalist guerrillas`: plain lower-case adjectives between the nationality and its agent;
      // after a possessive numbers and noun modifiers too (`Israel's biggest trade union`, `Russia's two biggest oil companies`)
      // (and an armed group's: `Hamas political leader Khaled Meshaal`)
      const group = entry.kind === 'group';
      if (!chain && ((entry.kind === 'country' && !entry.plural) || group)) {
        // (a hyphenated modifier counts as one word: `Sweden's centre-left government`)
        let reach = poss ? 3 : 2;
        // (and one whose second half is a name: `Lebanon's pro-Syrian government`)
        // (after a possessive a capitalised portfolio before a title: `China's Commerce Minister Gao Hucheng`)
        // (and after a nationality one before "Minister" or "Secretary": `Saudi Energy Minister`; a portfolio may
        // take two words: `Canada's International Trade Minister David Emerson`)
        const portfolio = (q: number): boolean => {
          if (q > k + 1 || !isCap(tokens[q]!) || (q === k + 1 && !isCap(tokens[k]!))) return false;
          const at = q === k && isCap(tokens[q + 1] ?? tokens[q]!) && !titleAt(q + 1) ? q + 2 : q + 1;
          return titleAt(at);
        };
        const titleAt = (t: number): boolean => {
          if (t >= limit || (!poss && !PORTFOLIO_TITLES.has(tokens[t]?.lower ?? ''))) return false;
          const title = parseChain(t, limit);
          return !!title && title.start === t && hasTitle(title);
        };
        for (let q = k; q < limit && q < k + reach && (!isCap(tokens[q]!) || HYPHENED_NAME.test(tokens[q]!.text) || portfolio(q)); q++) {
          const pos = tokens[q]!.pos;
          if (tokens[q]!.text === '-' && q > k) {
            reach += 2;
            continue;
          }
          const compoundPart = q > k && tokens[q - 1]!.text === '-';
          // (`Honduras's de facto government`: a Latin modifier of two words)
          const deFacto = tokens[q]!.lower === 'de' && tokens[q + 1]?.lower === 'facto';
          if (deFacto) reach++;
          if (!(pos === 'ADJ' || compoundPart || deFacto || (tokens[q]!.lower === 'facto' && tokens[q - 1]?.lower === 'de')
            || HYPHENED_NAME.test(tokens[q]!.text) || (poss && (pos === 'NUM' || pos === 'NOUN'))
            // (a noun naming the body's business: `the Israeli occupation authorities`)
            || (pos === 'NOUN' && q === k && !poss) || portfolio(q))) break;
          const later = parseChain(q + 1, limit);
          // (after a possessive a title too: "Madagascar's embattled President Marc Ravalomanana"; after a group's name its leader's)
          if (later && later.start === q + 1 && (poss || group || !hasTitle(later) || pos === 'NOUN' || portfolio(q))) {
            chain = { ...later, start: k };
            break;
          }
        }
      }
      // `Sudan's paramilitary Rapid Support Forces`: a describing agent noun between a state's possessive and an organisation's name
      if (chain && poss && entry.kind === 'country' && !hasTitle(chain) && chain.end < limit) {
        const org = nameAt(chain.end, limit);
        const oe = org?.value.entry;
        if (org && oe && (oe.kind === 'group' || oe.kind === 'body')) {
          return entryPhrase(j, org.end, oe, date);
        }
      }
      if (chain && !(allBound(chain) && !hasTitle(chain) && entry.kind !== 'country' && entry.kind !== 'igo')) {
        if (former) chain.former = true;
        const code = combine(entry, date, chain);
        const role = hasTitle(chain) ? chainText(chain) : null;
        if (hasTitle(chain)) {
          const person = parseName(chain.end, limit);
          if (person) return ownedByPerson(titleName(j, person, code, role, date), limit);
        }
        const single = !lastAgent(chain).plural;
        const agent = phrase(j, chain.end, 'agent', code, entry.kind === 'country' ? null : entry.name, role, 'actor/agent', !single);
        agent.titleWord = lastAgent(chain) ? titleWordOf(chain) : undefined;
        agent.titleRef = det && single && hasTitle(chain);
        return agent;
      }
      return entryPhrase(j, n.end, entry, date);
    }
    // "the Sindh government", "Texas police": a state's region right before one of its local bodies
    if (lowerDoc || isCap(tokens[j]!)) {
      const region = lastOf(placesAt(j, limit));
      const state = region?.values[0]!.entry.roles[0]!.code;
      const body = region ? parseChain(region.end, limit) : null;
      // ("Ontario Premier Doug Ford", "Sindh Chief Minister Murad Ali Shah": a region's office holder is the state's)
      if (state && body && body.start === region!.end && hasTitle(body) && chainSector(body) === 'GOV') {
        const person = parseName(body.end, limit);
        if (person) return titleName(j, person, state.slice(0, 3) + 'GOV', chainText(body), date);
      }
      if (state && body && body.start === region!.end && isLocal(body) && REGION_BODIES.has(chainSector(body))) {
        return phrase(j, body.end, 'agent', state + chainSector(body), null, hasTitle(body) ? chainText(body) : null,
          'actor/agent-located', lastAgent(body).plural);
      }
    }
    const chain = parseChain(j, limit);
    if (chain && chain.start === j) {
      if (former) chain.former = true;
      let p = chain.end;
      // `the rebel Kurdistan Workers' Party`: a describing agent noun before an organisation's name
      const org = p < limit ? nameAt(p, limit) : null;
      if (org && (org.value.entry.kind === 'group' || org.value.entry.kind === 'body') && !hasTitle(chain)) {
        const entry = org.value.entry;
        return entryPhrase(j, org.end, entry, date);
      }
      let link = p < limit ? tokens[p]!.lower : '';
      // `rebels operating in Macedonia`, `a newspaper based in Beirut`
      if (W.locatedParticiple.has(link) && p + 1 < limit && W.locatedPrep.has(tokens[p + 1]!.lower)) {
        p++;
        link = tokens[p]!.lower;
      }
      // `the head of the government delegation, Vera Grabe,`: a title over an agent phrase takes that
      // agent's code, and an unknown name after it is the holder's
      // (`negotiators for Honduras's de facto government`, `a spokesman for the army`: "for" names whom they speak for)
      if ((link === 'of' || link === 'for') && (hasTitle(chain) || lastAgent(chain).agent.weak) && (!lastAgent(chain).plural || link === 'for') && p + 2 < limit) {
        let q = p + 1;
        if (W.determiner.has(tokens[q]!.lower)) q++;
        // only an agent word or a nationality can open the agent phrase (a cheap, remembered test before a
        // parse): `the head of the Sudanese army`, `the leader of the rebels`
        const named = nameAt(q, limit);
        const inner = (named ? named.value.entry.kind === 'country' : agentAt(q, limit)) ? parsePhrase(q, limit, date, false) : null;
        // (or an organisation described before its name: "chairman of the rebel Rwandese Patriotic Front";
        // a plural only under a title: "the leader of the rebels", not "a delegation of the armed forces")
        if (inner && (inner.kind === 'agent' || inner.kind === 'group') && inner.code && (!inner.plural || hasTitle(chain)) && !inner.before) {
          const role = text.slice(tokens[chain.start]!.span[0], tokens[inner.end - 1]!.span[1]);
          const agent = phrase(j, inner.end, 'agent', inner.code, null, role, 'actor/agent-of', false);
          agent.titleWord = titleWordOf(chain);
          return agent;
        }
      }
      // "the diplomats of Nicolas Maduro's government": of the state of a body a named person owns (the person and
      // the body stay mentions of their own, read after the agent's words)
      if (link === 'of' && (!hasTitle(chain) || lastAgent(chain).plural) && p + 2 < limit) {
        const q = W.determiner.has(tokens[p + 1]!.lower) ? p + 2 : p + 1;
        const owner = nameAt(q, limit)?.value.entry.kind === 'person' ? parsePhrase(q, limit, date, false) : null;
        const country = owner?.code ? codeParts(owner.code).country : null;
        if (owner && country && owner.kind === 'agent' && owner.before) {
          return phrase(j, chain.end, 'agent', country + chainSector(chain), null, null, 'actor/agent-of-owned', lastAgent(chain).plural);
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
      if (link === 'of' || link === 'from' || (link === 'in' && chain.agents.some((a) => a.agent.seat)) || located) {
        let q = p + 1;
        if (q < limit && W.determiner.has(tokens[q]!.lower)) q++;
        let n2 = q < limit ? nameAt(q, limit) : null;
        // "crowds of unarmed Lithuanians": a people named after one describing word
        if (!n2 && link === 'of' && q + 1 < limit && tokens[q]!.pos === 'ADJ') {
          const people = nameAt(q + 1, limit);
          if (people?.value.entry.kind === 'country' && people.value.entry.plural) n2 = people;
        }
        // `leaders of the West African bloc ECOWAS`: a description before the body's name
        if (link === 'of' && (!n2 || n2.value.entry.kind === 'country')) n2 = describedBody(q, limit) ?? n2;
        // regions count only as where an agent is, never as the owner of an `of` phrase
        if (!n2 && located && q < limit) {
          const place = placesAt(q, limit);
          const last = lastOf(place);
          if (last && (lowerDoc || isCap(tokens[q]!))) n2 = { end: last.end, value: last.values[0]! };
        }
        // `gunmen from Somalia's al Shabaab`: a state's possessive introduces the group the agents belong to
        if (n2 && n2.value.entry.kind === 'country' && n2.end + 1 < limit && W.possessive.has(tokens[n2.end]!.lower)) {
          const introduced = nameAt(n2.end + 1, limit);
          if (introduced?.value.entry.kind === 'group') n2 = introduced;
        }
        const e2 = n2?.value.entry;
        // `the chief of Israel's militia ally`: the possessive owns a later noun, not this agent (but agents
        // in a state's region are in the state: `separatist rebels in Indonesia's Papua region`)
        const owned = n2 && n2.end < limit && W.possessive.has(tokens[n2.end]!.lower) && !(located && link === 'in' && n2.value.entry.kind === 'country');
        // "the ministers of the Lima Group": a city naming a group is no government
        const thing = !!e2?.capital && !!n2 && n2.end < limit && W.namedAfterCity.has(tokens[n2.end]!.lower);
        // `the leader of Hamas`, `the military spokesman of the Houthi group`: an armed group's people carry its code
        // (and a state body's: `the special envoy of the White House`, `a spokesman of the Kremlin`)
        const group = (e2?.kind === 'group' || e2?.kind === 'body') && (link === 'of' || link === 'from');
        // `troops from Nigeria, Ghana and Guinea`, `refugees from Syria`: people "from" a state are its own (not
        // equipment, which is an actor only when a state's: "tanks from Germany" were sent by Germany)
        const fromCountry = link === 'from' && e2?.kind === 'country' && !e2.capital && !hasTitle(chain) && !allBound(chain);
        // ("crowds of unarmed Lithuanians": people of a nation after "of" give the agent their country)
        const nationals = link === 'of' && e2?.kind === 'country' && !!e2.plural && !hasTitle(chain);
        if (n2 && e2 && !owned && !thing && (link !== 'from' || group || located || fromCountry) && (e2.kind === 'country' || (e2.kind === 'igo' && !located) || group) && (!e2.plural || group || nationals)) {
          const code = combine(e2, date, chain);
          // "The President of Armenia Levon Ter-Petrosyan" (translated copy): a title of a state before a name
          if (link === 'of' && e2.kind === 'country' && hasTitle(chain) && !lastAgent(chain).plural && n2.end < limit && isCap(tokens[n2.end]!)) {
            const person = parseName(n2.end, limit);
            if (person) return titleName(j, person, code, chainText(chain), date);
          }
          const agent = phrase(j, n2.end, 'agent', code, null, hasTitle(chain) ? chainText(chain) : null,
            located && link !== 'of' ? 'actor/agent-located' : 'actor/agent', lastAgent(chain).plural);
          agent.titleWord = titleWordOf(chain);
          return agent;
        }
      }
      if (hasTitle(chain)) {
        const person = parseName(chain.end, limit);
        if (person && (isCap(tokens[chain.start]!) || person.entry || lowerDoc)) {
          return ownedByPerson(titleName(j, person, chainSector(chain), chainText(chain), date), limit);
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
      // ("a soldier" is no actor; "a rebel group", "an armed group" is one: a group acts as a body)
      if (single && i > 0 && W.indefinite.has(tokens[i - 1]!.lower) && !(lastAgent(chain).agent.group && lastAgent(chain).agent.sector)) return null;
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

  return { parsePhrase };
}

/** Nouns of a government named after the one who leads it ("the Trump administration"). */
const GOVERNMENT_NOUNS = new Set(['administration', 'government', 'regime', 'cabinet']);

/** Titles a capitalised portfolio may stand before right after a nationality ("Saudi Energy Minister"). */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary']);

/** A lower-case prefix joined to a name in one token: `pro-Syrian`, `anti-American`. */
const HYPHENED_NAME = /^[a-z]+-[A-Z]/;
