// Unpacks a CAMEO actor code into its country root and first sector, for every stage that reports actors.

/** Roots that are not countries: organisations and groups keep `country: null`. */
const NON_COUNTRY_ROOTS = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'INT', 'UIS']);

/** Sector codes a bare agent may carry without a country (`police said` → `COP`). */
const SECTORS = new Set([
  'GOV', 'MIL', 'REB', 'OPP', 'COP', 'JUD', 'LEG', 'CVL', 'BUS', 'MED', 'REL', 'EDU', 'HLH', 'REF', 'SPY',
  'INS', 'LAB', 'AGR', 'ELI', 'PTY', 'SEP', 'UAF', 'CRM', 'ENV', 'IGO', 'NGO', 'MOD', 'RAD', 'PPL',
]);

export function codeParts(code: string): { country: string | null; sector: string } {
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
