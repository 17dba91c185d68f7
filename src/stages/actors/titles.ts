// Titles and the people holding them: a name after a title, a title in apposition to a name, surnames for later.
import { resolveRole, type ActorEntry } from '../../dictionaries/actor-dictionary.js';
import { codeParts } from './code-parts.js';
import type { ActorDoc } from './actor-doc.js';
import type { Lookups } from './lookups.js';
import { phrase, type Mentions, type Phrase } from './mentions.js';

/** Honorifics before a person's name ("Mr Alexander Downer"). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);

const SPACES = /\s+/;
const PARTICLE_JOINED = /^(\p{Ll}+)-(\p{Lu}.*)$/u;
const STARTS_UPPER = /^\p{Lu}/u;
/** A word a lower-cased name may be made of: letters, with an inner apostrophe or hyphen (o'brien, al-shaibani). */
const NAME_WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u;

/** A person's name after a title, and the phrase a title and a name make, for one document. */
export function createTitleNames(d: ActorDoc, lookups: Lookups) {
  const { W, text, tokens, lowerDoc, dateCovered, isCap } = d;
  const { nameAt, agentAt } = lookups;

  /** A person's name after a title: a dictionary person, else capitalised words. */
  const parseName = (k: number, limit: number): { end: number; entry?: ActorEntry; name: string } | null => {
    if (k >= limit) return null;
    const n = nameAt(k, limit);
    if (n?.value.entry.kind === 'person') return { end: n.end, entry: n.value.entry, name: n.value.entry.name };
    // "The Foreign Minister, Mr Alexander Downer,": a known person after an honorific
    if (HONORIFICS.has(tokens[k]!.lower)) {
      const after = tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
      const known = after < limit ? nameAt(after, limit) : null;
      if (known?.value.entry.kind === 'person') return { end: known.end, entry: known.value.entry, name: known.value.entry.name };
    }
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

  return { parseName, titleName, personPhrase };
}

export type TitleNames = ReturnType<typeof createTitleNames>;

/** Appositions to a person (`Robert O'Brien, the White House national security adviser,`) and surnames, for one document. */
export function createAppositions(
  d: ActorDoc, parsePhrase: (i: number, limit: number, date: string | null, det: boolean) => Phrase | null, mentions: Mentions,
  parseName: TitleNames['parseName'],
) {
  const { W, tokens, out, surnames } = d;
  const { emit } = mentions;

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

  /**
   * `Alexis Kanyarengwe, chairman of the Rwandese Patriotic Front,`: an unknown name of two words or more
   * right before a title in commas holds that office; the person phrase with the title's code, or null.
   */
  function titledName(i: number, limit: number, date: string | null): Phrase | null {
    const name = parseName(i, limit);
    if (!name || name.entry || name.end - i < 2 || name.end + 1 >= limit || tokens[name.end]!.text !== ',') return null;
    let j = name.end + 1;
    if (W.determiner.has(tokens[j]!.lower) || tokens[j]!.lower === 'a' || tokens[j]!.lower === 'an') j++;
    const ap = parsePhrase(j, limit, date, false);
    if (!ap || ap.kind !== 'agent' || ap.plural || !ap.code || !ap.role || ap.before) return null;
    if (ap.end < limit && !W.appositionEnd.has(tokens[ap.end]!.lower)) return null;
    if (!codeParts(ap.code).country && !ap.code.startsWith('IGO')) return null;
    return phrase(i, name.end, 'person', ap.code, name.name, ap.role, 'actor/apposition', false);
  }

  return { registerSurname, apposition, titledName };
}
