// Phrases and the mentions they become: a phrase's one shape, and emitting it with what later references need.
import type { ActorKind, ActorMention } from '../../model/types.js';
import { resolveRole, type ActorEntry } from '../../dictionaries/actor-dictionary.js';
import { codeParts } from './code-parts.js';
import type { ActorDoc } from './actor-doc.js';

/** A phrase recognised at some token, before it becomes a mention. Made by `phrase` only. */
export interface Phrase {
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
export function phrase(
  start: number, end: number, kind: ActorKind, code: string | null, name: string | null, role: string | null,
  rule: string, plural: boolean, entry?: ActorEntry,
): Phrase {
  return {
    start, end, kind, code, name, role, rule, entry, plural,
    dated: undefined, titleWord: undefined, titleRef: false, groupRef: false, refOnly: false, before: undefined,
  };
}

const NO_CODE = Object.freeze({ country: null, sector: '' });

/** The mention list of one document: `emit` adds to it; `rootOf` and `codeFor` read a reference's antecedent. */
export function createMentions(d: ActorDoc) {
  const { text, tokens, out, info, quoted, firstMention, titled } = d;

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
    info.push({ entry: p.entry, quoted: quoted[p.start]!, titleWord: p.titleWord, armed: !!p.entry?.armed || parts.sector === 'REB', start: p.start, end: p.end });
    return out.length - 1;
  };

  return { rootOf, codeFor, emit };
}

export type Mentions = ReturnType<typeof createMentions>;
