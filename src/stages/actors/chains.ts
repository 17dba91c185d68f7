// Agent chains: agent words with their modifiers (`Vice Foreign Minister`), and the sector, text and code they give.
import { resolveRole, type ActorEntry, type AgentForm } from '../../dictionaries/actor-dictionary.js';
import type { ActorDoc } from './actor-doc.js';
import type { Lookups } from './lookups.js';

export interface Chain {
  start: number;
  end: number;
  agents: AgentForm[];
  former: boolean;
}

/** Words after "X-" that join two agents, the second of which is the head (`army-aligned government`). */
const CHAIN_LINKS = new Set(['backed', 'aligned', 'allied', 'dominated', 'controlled', 'run', 'appointed', 'installed', 'supported']);

/** The chain helpers of one document. */
export function createChains(d: ActorDoc, lookups: Lookups) {
  const { text, tokens, W } = d;
  const { agentAt } = lookups;

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
      // "The army toppled President Mohamed Morsi": a past tense right after a noun is that noun's verb, not the
      // "toppled" of a former office holder
      // ("The military ousted President X": after an agent word of the chain too)
      if (m.form.agent.former && tokens[j]!.pos === 'VERB' && j > 0 && (agents.length > 0 || tokens[j - 1]!.pos === 'NOUN' || tokens[j - 1]!.pos === 'PROPN')) {
        if (agents.length > 0) break;
        j = m.end;
        continue;
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
      // `military-led government`: the led body is the head; the leader only describes it
      // (`army-aligned government`, `military-backed cabinet` alike)
      if (j + 2 < limit && tokens[j]!.text === '-' && tokens[j]!.span[0] === tokens[j - 1]!.span[1]
        && (W.led.has(tokens[j + 1]!.lower) || CHAIN_LINKS.has(tokens[j + 1]!.lower)) && agentAt(j + 2, limit)) j += 2;
    }
    if (agents.length === 0) return null;
    return { start, end, agents, former };
  };
  const chainSector = (c: Chain): string => {
    if (c.former) return 'ELI';
    // the head noun decides (`civilian refugees` → REF, `military government` → GOV); weak heads defer (`rebel leaders`);
    // a rank after an office is the holder's rank, not the office (`President General Joseph Aoun` → GOV)
    const office = c.agents.findIndex((a) => a.agent.title && !a.agent.bound && !a.agent.weak && a.agent.sector);
    for (let k = c.agents.length - 1; k >= 0; k--) {
      const a = c.agents[k]!.agent;
      if (office >= 0 && k > office && a.title && a.bound) continue;
      if (!a.weak && a.sector) return a.sector;
    }
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
    // "Hong Kong Chief Executive Tung Chee-hwa": a territory's chief executive heads its government
    if (entry.kind === 'country' && sector === 'BUS' && c.end - c.start === 2 && tokens[c.start]!.lower === 'chief' && tokens[c.end - 1]!.lower === 'executive') return base.slice(0, 3) + 'GOV';
    if (entry.kind === 'country') return base.slice(0, 3) + sector;
    if (entry.kind === 'igo') {
      const strong = c.agents.find((a) => !a.agent.weak);
      if (strong && strong.agent.sector && strong.agent.sector !== 'GOV' && !base.slice(3).includes(strong.agent.sector)) {
        return base + strong.agent.sector;
      }
    }
    return base;
  };

  /** The chain's last word, lower-cased. */
  const titleWordOf = (c: Chain): string => (c.end > c.start ? tokens[c.end - 1]!.lower : '');

  return { parseChain, chainSector, chainText, lastAgent, hasTitle, allBound, isLocal, combine, titleWordOf };
}

export type Chains = ReturnType<typeof createChains>;
