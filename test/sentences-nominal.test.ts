// Whole sentences whose event is a noun (session 19): who an act named by a noun is done to and by whom, and
// translated copy's "proceeded to" an act.
import { describe, expect, it } from 'vitest';
import { events, expectNoEvent, itCodes } from './helpers/code-sentences.js';

describe('the one after the "of" of a noun of an act done to someone is its target', () => {
  itCodes([
    ['Niger announced the arrest of opposition leader Hama Amadou.', '173 NER>NEROPP', '2010-02-18'],
    ['Nigerien soldiers carried out the detention of opposition leader Hama Amadou.', '173 NERMIL>NEROPP', '2010-02-18'],
    ['The junta announced the release of opposition leader Hama Amadou.', '084 NERGOV>NEROPP', '2010-02-18'],
  ]);
  it('takes the agent after the one it was done to ("the arrest of X by soldiers")', () => {
    expect(events('The arrest of opposition leader Hama Amadou by soldiers shocked Niamey.', '2010-02-18')).toContain('173 NERMIL>NEROPP');
  });
  it('keeps the doer of a noun whose "of" names its doer', () => {
    const out = events('The withdrawal of Syrian troops from Lebanon was completed on Tuesday.', '2005-04-26');
    expect(out.some((e) => e.startsWith('087 SYRMIL')), out.join(' | ')).toBe(true);
  });
});

describe('an agent "by X" between an event noun and its "of"', () => {
  itCodes([
    ['The release by Israel of 26 Palestinian prisoners was delayed.', '0841 ISR>-', '2013-08-14'],
    ['Sisi announced on Tuesday the allocation by Egypt of 500 million dollars for the reconstruction of the Gaza Strip.', '0331 EGY>-', '2021-05-19'],
  ]);
});

describe('translated copy\'s "proceeded to" an act is the act of the one who proceeds', () => {
  itCodes([
    ['Elements of the Nigerien Armed Forces have proceeded this Thursday at the presidential palace of Niamey to the arrest of President Mamadou Tandja.', '173 NERMIL>NERGOV', '2010-02-18'],
    ['The Government proceeded on Monday with the release of 12 political prisoners.', '0841 GOV>-', '2010-02-18'],
  ]);
});

describe('a release that frees no one', () => {
  it('codes no release for a report published', () => {
    expectNoEvent('The release of a report by Human Rights Watch angered Cairo.', '084');
  });
});

describe('the act a decree is about is done by the one who signs or issues the decree', () => {
  itCodes([
    ['The President of the Russian Federation Boris Nikolayevich Yeltsin has signed on Saturday the Decree about the withdrawal from the territory of the Chechen Republic of the 205th separate motorised rifle brigade.', '087 RUSGOV>-', '1996-11-23'],
    ['The government adopted a resolution on the release of 200 prisoners.', '0841 GOV>-', '2012-01-05'],
  ]);
});

describe('translated copy\'s "pronounced" or "decided" an act', () => {
  itCodes([
    ['The administrative chamber of the Court of Algiers pronounced this Wednesday the dissolution of the Islamic Salvation Front (FIS).', '1722 DZAJUD>DZAREB', '1992-03-04'],
  ]);
});
