// Reads PETRARCH/Phoenix actor dictionaries (`PHRASE_ [CODE]`, `+SYNONYM`, dated role lines) into actor entries.
import { readFileSync } from 'node:fs';
import type { ActorEntry, ActorEntryKind, ActorRole } from './actor-dictionary.js';

export interface PetrarchActor {
  /** Primary phrase first, then synonyms; `_` turned into spaces, case as in the file (upper). */
  phrases: string[];
  roles: ActorRole[];
  line: number;
}

/** `YYMMDD` or `YYYYMMDD` to ISO; two-digit years 00–30 are 20YY. */
function isoDate(d: string): string {
  const full = d.length === 6 ? `${Number(d.slice(0, 2)) <= 30 ? '20' : '19'}${d}` : d;
  return `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}`;
}

/** One `[CODE RESTRICTION]` block: `>date` from, `<date` before, `a-b` a range (end inclusive). */
function parseRole(block: string): ActorRole | null {
  const m = /^\s*([A-Za-z]{3,}|-{3}|\+{3})\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*$/.exec(block);
  if (!m || !/^[A-Za-z]+$/.test(m[1]!)) return null;
  const code = m[1]!.toUpperCase();
  if (m[2] === '>') return { code, from: isoDate(m[3]!), to: null };
  if (m[2] === '<') return { code, from: null, to: isoDate(m[3]!) };
  if (m[4]) {
    const end = new Date(`${isoDate(m[5]!)}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    return { code, from: isoDate(m[4]), to: end.toISOString().slice(0, 10) };
  }
  return { code, from: null, to: null };
}

function cleanPhrase(p: string): string {
  return p.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

export function parsePetrarchActors(text: string): PetrarchActor[] {
  const out: PetrarchActor[] = [];
  let current: PetrarchActor | null = null;
  const body = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ''));
  const lines = body.split(/\r?\n/);
  for (let k = 0; k < lines.length; k++) {
    let line = lines[k]!;
    if (/^\s*[#;]/.test(line)) continue;
    line = line.replace(/\s#.*$/, '').replace(/\s;.*$/, '');
    if (line.trim() === '') continue;
    const indented = /^\s/.test(line);
    const trimmed = line.trim();
    if (indented && trimmed.startsWith('[')) {
      const role = parseRole(trimmed.slice(1, trimmed.indexOf(']') > 0 ? trimmed.indexOf(']') : undefined));
      if (current && role) current.roles.push(role);
      continue;
    }
    if (trimmed.startsWith('+')) {
      const phrase = cleanPhrase(trimmed.slice(1).replace(/\[.*$/, ''));
      if (current && phrase) current.phrases.push(phrase);
      continue;
    }
    const m = /^([^[]+?)\s*(?:\[([^\]]*)\])?\s*$/.exec(trimmed);
    if (!m) continue;
    current = { phrases: [cleanPhrase(m[1]!)], roles: [], line: k + 1 };
    if (m[2]) {
      const role = parseRole(m[2]);
      if (role) current.roles.push(role);
    }
    out.push(current);
  }
  return out.filter((a) => a.roles.length > 0 && a.phrases[0] !== '');
}

/** Turns parsed records into entries for `loadActorDictionary(dir, { extra })`; names match in any case. */
export function petrarchEntries(actors: PetrarchActor[], source = 'petrarch'): { entry: ActorEntry; names: string[]; anyCase: boolean }[] {
  return actors.map((a, k) => {
    const code = a.roles.find((r) => !r.from && !r.to)?.code ?? a.roles[0]!.code;
    const dated = a.roles.some((r) => r.from || r.to);
    const kind: ActorEntryKind = dated ? 'person' : code.startsWith('IGO') ? 'igo' : code.length === 3 ? 'country'
      : /REB|IMG/.test(code) ? 'group' : 'body';
    return {
      entry: { id: `${source}:${k}`, kind, name: a.phrases[0]!, roles: a.roles, rule: 'actor/dictionary', armed: /REB/.test(code) },
      names: a.phrases,
      anyCase: true,
    };
  });
}

export function loadPetrarchActors(file: string): PetrarchActor[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read PETRARCH actor file ${file}: ${(err as Error).message}`);
  }
  return parsePetrarchActors(text);
}
