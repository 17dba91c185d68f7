// Verb and event-noun rows added in sessions 18 and 19 from the misses of the held-out sets: one invented
// sentence per pattern family, written as "CAMEO SRC>TGT [modality]".
import { describe, expect, it } from 'vitest';
import { events, expectNoEvent, itCodes } from './helpers/code-sentences.js';

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

// Session 18, second round: rows from the misses of held-out sets 63-70 (invented sentences).
describe('session 18, second round: seizures, moratoria, frozen membership, retaliation and threats', () => {
  itCodes([
    ['Venezuela\'s president decreed the nationalisation of the steel plant owned by an Argentine group.', '1711 VENGOV>-', '2008-04-09'],
    ['The Zimbabwean government announced the expropriation of the white-owned farms.', '1711 ZWEGOV>-', '2000-06-02'],
    ['The Ukrainian parliament imposed a moratorium on the sale of farmland.', '0832 UKRLEG>-', '2001-10-25'],
    ['Mexico declared a moratorium on new mining concessions.', '0832 MEX>-', '2023-05-08'],
    ['Russia announced a moratorium on nuclear tests.', '087 RUS>-', '1991-10-26'],
    ['Belarus froze its membership in the Eastern Partnership.', '161 BLR>-', '2021-06-28'],
    ['Canada will answer any U.S. tariff with one of its own, the prime minister said.', '1312 CAN>USA future', '2018-05-31'],
    ['The Iranian army will answer any attack with force.', '138 IRNMIL>- future', '2012-01-10'],
    ['China answered the U.S. tariffs with duties of its own.', '163 CHN>USA', '2018-07-06'],
    ['Violent clashes are opposing the Congolese army and the M23 rebels near Goma.', '190 CODMIL>CODREB', '2012-11-18'],
  ]);
});

describe('session 18, second round: pledges, links, joint work and alerts', () => {
  itCodes([
    ['Saudi Arabia announced the allocation of 200 million dollars for Yemen.', '0331 SAU>YEM', '2015-04-18'],
    ['Kuwait allocated 100 million dollars for the reconstruction of Iraq.', '0331 KWT>IRQ', '2018-02-14'],
    ['Montenegro relinked its railway with Serbia.', '061 MNE>SRB', '2007-05-01'],
    ['Russia and Belarus put into operation a new pipeline.', '061 RUS>BLR', '2006-10-01'],
    ['Indian and Nepalese soldiers set up joint checkpoints along the border.', '062 INDMIL>NPLMIL', '2011-03-01'],
    ['Chinese and Russian troops established joint patrols on the border.', '062 CHNMIL>RUSMIL', '2019-07-23'],
    ['The army units remained on alert across the country.', '152 MIL>-', '1993-05-28'],
    ['The president ordered troops onto the streets of the capital.', '154 GOV>-', '2024-06-25'],
  ]);
});

describe('session 18, second round: treaties left, bodies quit, visas, repression, blockades and eased bans', () => {
  itCodes([
    ['The United States left the treaty on Monday.', '127 USA>-', '2020-11-23'],
    ['Burundi decided to withdraw from all the organs of the East African Community.', '160 BDI>IGOEAFEAC', '2022-05-15'],
    ['Britain imposed visa requirements on South African travellers.', '172 GBR>ZAF', '2009-02-03'],
    ['Police doused the demonstrators with tear gas.', '175 COP>OPP', '1997-11-25'],
    ['Riot police sprayed the students with pepper spray.', '175 COP>EDU', '1997-11-25'],
    ['Iran stopped Turkish supply trucks at the border.', '191 IRN>TUR', '2011-11-24'],
    ['The European Union called off talks with Belarus.', '164 IGOEUREEC>BLR', '2006-05-03'],
    ['China let Australian beef into its market for the first time since 2020.', '085 CHN>AUS', '2023-05-19'],
  ]);
});

describe('session 18, second round: look-alikes that are no event', () => {
  it('does not read answering questions as retaliation', () => expectNoEvent('The minister answered questions with a smile.', '163'));
});

describe('session 19: arrests told with "custody" and "under arrest", active and passive', () => {
  itCodes([
    ['Venezuelan opposition leader Leopoldo Lopez was taken into custody by National Guard troops in Caracas on Tuesday.', '173 VENMIL>VENOPP', '2014-02-19'],
    ['FBI agents took scientist Wen Ho Lee into custody on Friday.', '173 USACOP>-', '1999-12-10'],
    ['Former president Mohamed Bazoum was placed under house arrest by the junta.', '173 NERGOV>NERELI', '2023-07-28'],
  ]);
});

describe('session 19: rows from the misses of held-out set 72', () => {
  itCodes([
    ['The Kingdom of Saudi Arabia and the State of Qatar announced on Sunday that they will pay the arrears of the Syrian Arab Republic to the World Bank Group.', '0331 SAU>SYR future', '2025-04-27'],
    ['The United Arab Emirates has taken in Ashraf Ghani and his family on humanitarian grounds, its foreign ministry said on Wednesday.', '075 ARE>AFGELI', '2021-08-18'],
    ['Australia has pulled its police officers off the streets of Port Moresby and will bring them home.', '087 AUS>PNG', '2005-05-16'],
    ['Ontario Premier Doug Ford suspended his province\'s 25 percent surcharge on electricity exported to Michigan, Minnesota and New York on Tuesday.', '085 CANGOV>USA', '2025-03-11'],
    ['Israel and Jordan signed an agenda for peace negotiations at the State Department on Tuesday.', '057 ISR>JOR', '1993-09-14'],
    ['The parliament voted to declare Russia\'s actions a genocide.', '1124 LEG>RUS', '2022-04-14'],
  ]);
  it('takes police after "surrendered to" for the ones surrendered to, not the actor\'s own', () => {
    expect(events('Rebel soldiers surrendered to Philippine police on Thursday.', '2007-11-29').some((e) => e.startsWith('0874') && e.endsWith('>PHLCOP')),
      events('Rebel soldiers surrendered to Philippine police on Thursday.', '2007-11-29').join(' | ')).toBe(true);
  });
});

describe('session 19: rows from the misses of held-out set 73', () => {
  itCodes([
    ['The Transitional Government decides to suspend, until further notice, the broadcasting of Radio France Internationale on the whole of the national territory.', '1721 GOV>FRAMED', '2022-03-17'],
    ['U.S. Marines joined the search for survivors at Guinsaugon on Sunday.', '073 USAMIL>CVL', '2006-02-19'],
  ]);
  it('leaves a paper or broadcaster pausing its own output uncoded', () => {
    expectNoEvent('The Russian newspaper Novaya Gazeta suspended publication until the end of the war.', '1');
  });
});

describe('session 19: rulings complied with, and the internet restored', () => {
  itCodes([
    ['President Macky Sall executed the decision of the Constitutional Council on Friday.', '080 SENGOV>-', '2024-02-16'],
    ['The Head of State, His Excellency Paul Biya, has prescribed the re-establishment of Internet in the regions of the North-West and of the South-West.', '081 CMRGOV>-', '2017-04-20'],
  ]);
  it('keeps a killing a killing', () => {
    expect(events('The army executed three prisoners.', '2017-04-20')).toContain('180 MIL>-');
  });
});

describe('session 19: rows from the misses of held-out set 77', () => {
  itCodes([
    ['Uzbekistan has ordered the U.N. refugee agency to close its office in Tashkent and leave the country within a month.', '166 UZB>IGOUNOHCR', '2005-03-17'],
    ['The Government of the Democratic Republic of the Congo has decided this Thursday to ask the Head of the Delegation of the European Union in Kinshasa, Mr. Bart Ouvry, to leave the national territory within 48 hours.', '166 CODGOV>IGOEUREEC', '2017-12-28'],
    ['Algeria has decided to proceed with the immediate suspension of the Treaty of Friendship that it concluded in 2002 with the Kingdom of Spain.', '160 DZA>-', '2022-06-08'],
    ['Federal police and gendarmes took over security in the city of Iguala on Monday.', '154 COP>-', '2014-10-14'],
  ]);
});

describe('session 19: rows from the misses of held-out set 76', () => {
  itCodes([
    ['Vice President Nicolas Maduro ordered the expulsion of two U.S. Air Force attaches on Tuesday.', '166 VENGOV>USAMIL', '2013-03-05'],
    ['President Bill Clinton dropped Washington\'s opposition to International Monetary Fund lending to Vietnam on Friday.', '080 USAGOV>-', '1993-07-02'],
    ["Venezuela's Supreme Court ruled that there were grounds to try President Carlos Andres Perez, a decision that opens the way for the Senate to suspend him from office.", '160 VENLEG>VENELI', '1993-05-21'],
  ]);
});

describe('session 19: an act under way after "the process of"', () => {
  itCodes([
    ['Palau has begun the process of leaving the Pacific Islands Forum, President Surangel Whipps Jr said on Thursday.', '160 PLW>IGOPIF', '2021-02-04'],
  ]);
  it('codes no act a process is only discussed for', () => {
    expectNoEvent('The ministers discussed the process of leaving the bloc.', '160');
  });
});

describe('session 19: an adverbial in commas with two places joined by "and"', () => {
  itCodes([
    ['India and Pakistan today exchanged, through diplomatic channels simultaneously at New Delhi and Islamabad, lists of their nuclear installations and facilities.', '064 IND>PAK', '1999-01-01'],
  ]);
});
