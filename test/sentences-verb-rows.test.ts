// Verb and event-noun rows added in session 18 from the misses of held-out sets 59-66: one invented
// sentence per pattern family, written as "CAMEO SRC>TGT [modality]".
import { describe, it } from 'vitest';
import { expectNoEvent, itCodes } from './helpers/code-sentences.js';

describe('apologies, agreements and restored ties', () => {
  itCodes([
    ['King Abdullah asked forgiveness of the Israeli families on Sunday.', '055 ISRGOV>ISR', '2005-03-13'],
    ['Poland will not sign the compact on migration.', '120 POL>- negated', '2018-11-20'],
    ['Chad and China re-established their diplomatic relations on Sunday.', '050 TCD>CHN', '2006-08-06'],
    ['Chad and China reestablished diplomatic relations.', '050 CHN>TCD', '2006-08-06'],
  ]);
});

describe('cooperation, aid and peacekeeping', () => {
  itCodes([
    ['The presidents of Kazakhstan and Uzbekistan opened the bridge across the river.', '061 UZB>KAZGOV', '2010-05-01'],
    ['Georgia will join the customs union of Russia and Belarus.', '0311 ->BLR future', '2012-05-01'],
    ['Japan will join the United States\' missile defence programme.', '0312 JPN>USA future', '2004-01-10'],
    ['Japan will waive 300 billion yen of Vietnam\'s debts.', '0331 JPN>VNM future', '2012-04-21'],
    ['The European Union took command of the peacekeeping force on Thursday.', '074 IGOEUREEC>MIL', '2004-12-02'],
  ]);
});

describe('yielding, releases and de-escalation', () => {
  itCodes([
    ['The Malian president recognised his defeat in the election.', '080 MLIGOV>-', '2013-08-12'],
    ['The rebels announced the liberation of ten hostages.', '0841 REB>-', '2008-01-10'],
    ['The president announced the lifting of the state of urgency.', '0814 GOV>-', '2011-02-24'],
    ['The Guatemalan rebels announced the unilateral suspension of their offensive military actions.', '0871 GTMREB>-', '1996-03-20'],
    ['The rebels announced a complete cessation of military operations.', '0871 REB>-', '1994-08-31'],
    ['The armies of Armenia and Azerbaijan halted firing along the front on Thursday.', '0871 ARMMIL>AZE', '2020-11-10'],
    ['France suspended its air strikes over Iraq on Tuesday.', '087 FRA>IRQ', '2017-06-20'],
    ['President Chirac announced the end of French nuclear tests.', '087 FRAGOV>-', '1996-01-29'],
  ]);
});

describe('meetings refused and permits revoked', () => {
  itCodes([
    ['The Solomon Islands prime minister stayed away from President Biden\'s summit with Pacific leaders.', '125 SLBGOV>USAGOV', '2023-09-25'],
    ['The Malaysian prime minister stayed away from the summit in Seattle.', '125 MYSGOV>-', '1993-11-20'],
    ['The Brazilian president skipped the summit.', '125 BRAGOV>-', '2019-06-01'],
    ['President Joe Biden revoked the permit for the pipeline.', '1211 USAGOV>-', '2021-01-20'],
  ]);
});

describe('forces sent, diplomats cut, bans and emergencies', () => {
  itCodes([
    ['The Egyptian parliament approved the sending of troops to Libya.', '154 EGYLEG>-', '2020-07-20'],
    ['President Temer convoked the Armed Forces to guarantee public order.', '154 BRAGOV>-', '2017-05-24'],
    ['Russia ordered the United States to cut 755 of its diplomatic staff in the country.', '166 RUS>USA', '2017-07-30'],
    ['The interior minister announced the halt of all rallies and gatherings.', '1721 GOV>-', '2012-10-30'],
    ['Indonesia placed the province of Aceh under martial law on Monday.', '1724 IDN>-', '2003-05-19'],
    ['The army announced the imposition of martial law in the south.', '1724 MIL>-', '2009-12-05'],
    ['Peru declared a state of exception in Lima.', '1724 PER>PER', '2020-03-15'],
  ]);
});

describe('words that look like these events but are not', () => {
  it('does not read a law sanctioned (promulgated) as a sanction', () => expectNoEvent('The president sanctioned the law on mining concessions.', '163'));
  it('does not read a movement halting its own rallies as a ban', () => expectNoEvent('The opposition announced the halt of its rallies.', '172'));
});
