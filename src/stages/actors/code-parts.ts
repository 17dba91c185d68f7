// Unpacks a CAMEO actor code into its country root and first sector, for every stage that reports actors.

/** Roots that are not countries: organisations and groups keep `country: null`. */
const NON_COUNTRY_ROOTS = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'INT', 'UIS']);

/** Sector codes a bare agent may carry without a country (`police said` → `COP`). */
const SECTORS = new Set([
  'GOV', 'MIL', 'REB', 'OPP', 'COP', 'JUD', 'LEG', 'CVL', 'BUS', 'MED', 'REL', 'EDU', 'HLH', 'REF', 'SPY',
  'INS', 'LAB', 'AGR', 'ELI', 'PTY', 'SEP', 'UAF', 'CRM', 'ENV', 'IGO', 'NGO', 'MOD', 'RAD', 'PPL',
]);

export interface CodeParts {
  readonly country: string | null;
  readonly sector: string;
}

/** Codes repeat (`AFGGOV`, `USA`): each is unpacked once. Bounded for a stream of unusual dictionaries. */
const known = new Map<string, CodeParts>();
const KNOWN_LIMIT = 10_000;

/** The parts of a code; the same frozen object for the same code. */
export function codeParts(code: string): CodeParts {
  let parts = known.get(code);
  if (parts === undefined) {
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(code, (parts = Object.freeze(unpack(code))));
  }
  return parts;
}

function unpack(code: string): CodeParts {
  if (!code || code.length < 3) return { country: null, sector: '' };
  const root = code.slice(0, 3);
  if (code.length === 3 && SECTORS.has(root) && root !== 'IGO' && root !== 'NGO') return { country: null, sector: root };
  if (NON_COUNTRY_ROOTS.has(root)) {
    // IGOUNOMIL: the organisation's own letters are not a sector; find the first known sector after the root
    for (let k = 3; k + 3 <= code.length; k += 3) {
      const s = code.slice(k, k + 3);
      if (SECTORS.has(s) && s !== 'IGO' && s !== 'NGO') return { country: null, sector: s };
    }
    return { country: null, sector: '' };
  }
  return { country: root, sector: code.length >= 6 ? code.slice(3, 6) : '' };
}
