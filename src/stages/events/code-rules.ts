// What the events stage knows of a CAMEO code beyond its name: its root's family, whether it takes a clause
// or a place target, whether it is symmetric; and the modal words that make a reported clause a demand.
/** Modal verbs that turn a reported clause into a demand ("Sudan must return the helicopter"). */
export const OBLIGATION = new Set(['must', 'should']);
export const OBLIGATION_PHRASE = new Set(['have', 'has', 'need', 'needs']);
/** Both, for the one lookup per word that rejects most words. */
export const OBLIGATION_WORDS = new Set([...OBLIGATION, ...OBLIGATION_PHRASE]);
/** CAMEO roots whose that-clause states what is wanted, not what happened ("demanded that X leave"). */
const CLAUSE_TAKING_ROOTS = new Set(['02', '03', '10', '13']);
/** CAMEO roots of material actions, whose target may be a place ("shelled Rafah", "withdrew from Panama"). */
const PLACE_TARGET_ROOTS = new Set(['07', '08', '13', '14', '15', '16', '17', '18', '19', '20']);
/** A visit's destination is its target ("a visit to Damascus"); a meeting's place is only where it was. */
const PLACE_TARGET_CODES = new Set(['042']);
/** CAMEO roots whose events, with a compound subject and no object, run both ways. */
const SYMMETRIC_ROOTS = new Set(['03', '04', '06']);
/** (A ceasefire two sides agree, or one "between" them, is each side's: 0871.) */
const SYMMETRIC_CODES = new Set(['057', '0311', '0312', '0871']);
/** Mediation (and the intent to mediate): the mediator acts on the sides, who are its targets ("mediated between X and Y"). */
const ONE_SIDED_CODES = new Set(['045', '039']);
/** Meetings, calls and negotiations: coded for both sides even when one is the object. */
const MUTUAL_CODES = new Set(['040', '041', '044', '046']);
/** Cooperative CAMEO roots: an intent (03) to do one of them takes the inner action's own intent code. */
const COOPERATIVE_ROOTS = new Set(['04', '05', '06', '07', '08']);
/** Actor codes of international and non-governmental organisations, which need no country. */
export const INTERNATIONAL_CODE = /^(IGO|NGO|IMG)/;

/** What the rules above say about one CAMEO code (or `''` for none). */
export interface CodeRules {
  root: string;
  rootNumber: number;
  clauseTaking: boolean;
  cooperative: boolean;
  /** A material action, whose target may be a place. */
  material: boolean;
  placeTarget: boolean;
  symmetric: boolean;
  mutual: boolean;
}

/** `rulesOf` answers, by code: events repeat a few hundred codes, so each is worked out once. */
const rulesByCode = new Map<string, CodeRules>();

export function rulesOf(code: string): CodeRules {
  let rules = rulesByCode.get(code);
  if (!rules) {
    const root = code.slice(0, 2);
    rules = {
      root,
      rootNumber: Number(root),
      clauseTaking: CLAUSE_TAKING_ROOTS.has(root),
      cooperative: COOPERATIVE_ROOTS.has(root),
      material: PLACE_TARGET_ROOTS.has(root),
      placeTarget: PLACE_TARGET_CODES.has(code),
      symmetric: (SYMMETRIC_ROOTS.has(root) || SYMMETRIC_CODES.has(code)) && !ONE_SIDED_CODES.has(code),
      mutual: MUTUAL_CODES.has(code),
    };
    rulesByCode.set(code, rules);
  }
  return rules;
}
