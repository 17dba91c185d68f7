// Whole sentences whose actors the dictionaries alone did not name (session 18): titles with two-word portfolios,
// states named together with one name elided, and the two Germanys.
import { describe, expect, it } from 'vitest';
import { coder, events, itCodes } from './helpers/code-sentences.js';

describe('titles of two-word portfolios and trade representatives name their holders', () => {
  itCodes([
    ["Canada's International Trade Minister David Emerson and U.S. Trade Representative Susan Schwab signed a seven-year agreement in Ottawa on Tuesday.", '057 CANGOV>USAGOV', '2006-09-12'],
  ]);
  it('does not read a title past a comma as a portfolio of the state before it', () => {
    const found = events('Germany has handed over 18 Leopard 2 battle tanks to Ukraine, Defence Minister Boris Pistorius said on Monday.', '2023-03-27');
    expect(found, found.join(' | ')).toContain('072 DEU>UKR');
  });
});

describe('two states named together, the shared part of their names said once', () => {
  itCodes([
    ['North and South Korea agreed on Monday to hold their first summit.', '036 PRK>KOR', '2000-04-10'],
    ['East and West Germany merged their economies on Sunday.', '061 DDR>DEU', '1990-07-01'],
  ]);
  it('names the compass word as its own state only when the shared name is a state\'s', () => {
    const actors = (text: string) => coder.code({ id: 's', published: '2012-01-01', raw: text, title: null, url: null, publisher: null }).actors
      .map((a) => `${a.text}=${a.code}@${a.span.join('-')}`);
    expect(actors('North and South Korea held talks.')).toContain('North=PRK@0-5');
    expect(actors('North and South Sudan signed a deal.').some((a) => a.startsWith('North=')), actors('North and South Sudan signed a deal.').join(' ')).toBe(false);
    expect(actors('Farmers in North and South Dakota protested.').some((a) => a.startsWith('North=')), 'Dakota').toBe(false);
  });
});

describe("the African Union's Peace and Security Council is the AU's, and no body acts on itself", () => {
  itCodes([
    ["The African Union's Peace and Security Council demanded on Friday that Burkina Faso's junta free the president.", '100 IGOAFRAU>BFAGOV', '2015-09-18'],
  ]);
  it('leaves no dyad of a body with itself', () => {
    const found = events("The African Union's Peace and Security Council agreed on Thursday to more than double the AU force.", '2006-03-10');
    expect(found.some((e) => e.includes('IGOAFRAU>IGOAFRAU')), found.join(' | ')).toBe(false);
  });
});

describe('guards and juries are agents, and "in <place>" outweighs the sentence\'s one state', () => {
  itCodes([
    ["Presidential guards killed Rwanda's prime minister Agathe Uwilingiyimana in Kigali on Thursday.", '190 RWAMIL>RWAGOV', '1994-04-07'],
    ["A federal grand jury in Pittsburgh has indicted five officers of the Chinese People's Liberation Army on charges of hacking.", '112 USAJUD>CHNMIL', '2014-05-19'],
    ['Manuel Antonio Noriega was convicted by a federal jury in Miami on Thursday.', '116 USAJUD>PANELI', '1992-04-09'],
  ]);
});

describe('a known person after an honorific, and a date word between an apposition and its verb', () => {
  itCodes([
    ["The Foreign Minister, Mr Alexander Downer, today condemned India's nuclear tests in the strongest terms.", '111 AUSGOV>IND', '1998-05-12'],
  ]);
  it('gives the person in apposition his own country, not the sentence\'s other state', () => {
    const actors = coder.code({ id: 's', published: '1998-05-12', raw: "The Foreign Minister, Mr Alexander Downer, condemned India's tests.", title: null, url: null, publisher: null }).actors
      .map((a) => `${a.text}=${a.code}`);
    expect(actors).toContain('Alexander Downer=AUSGOV');
  });
});

describe('session 19: an actor placed by a list of names is the subject', () => {
  itCodes([
    ['Police in New Delhi, Kolkata, Chennai and Bangalore were put on high alert late on Wednesday.', '152 INDCOP>-', '2008-07-27'],
    ['Protesters in Cairo, Alexandria and Suez clashed with police on Friday.', '190 EGYOPP>EGYCOP', '2011-01-28'],
  ]);
});

describe('session 19: a body the dictionary gives one state, "of" another state', () => {
  it('is that other state\'s body of the same sector', () => {
    const r = coder.code({ id: 's', published: '1991-09-06', raw: 'The State Council of the USSR adopted the resolution.', title: null, url: null, publisher: null });
    const council = r.actors.find((a) => a.text.startsWith('State Council'));
    expect(council?.code).toBe('RUSGOV');
    expect(council?.text).toBe('State Council of the USSR');
    expect(r.text.slice(council!.span[0], council!.span[1])).toBe('State Council of the USSR');
  });
  it('keeps its own state otherwise', () => {
    const r = coder.code({ id: 's', published: '2020-01-01', raw: "China's State Council approved the plan.", title: null, url: null, publisher: null });
    expect(r.actors.find((a) => a.text.includes('State Council'))?.code).toBe('CHNGOV');
  });
  itCodes([
    ['The State Council of the USSR adopted today the resolutions on the recognition of the independence of the Lithuanian Republic.', '054 RUSGOV>LTU', '1991-09-06'],
  ]);
});

describe('session 19: "the government" takes the one state whose bodies or people the sentence names', () => {
  itCodes([
    ['Nur Misuari, leader of the Moro National Liberation Front, and the government\'s chief negotiator, Manuel Yan, signed a peace agreement in Manila on Monday.', '057 PHLREB>PHLGOV', '1996-09-02'],
    ['Papua New Guinea\'s government and Bougainville\'s leaders agreed on Thursday to set up an interim government on the island.', '030 PNGGOV>PNGGOV', '2000-03-23'],
  ]);
  it('not from the state alone, nor from a place where talks are held', () => {
    expect(events('The Government will deploy eight Super Hornets and some 600 personnel to the United Arab Emirates.', '2014-09-14')).toContain('154 GOV>ARE future');
    const talks = coder.code({ id: 's', published: '2016-06-01', raw: 'The talks resumed in Havana on Monday, officials said.', title: null, url: null, publisher: null });
    expect(talks.actors.find((a) => a.text === 'officials')?.code).toBe('GOV');
  });
  it('not when the article has named another state before', () => {
    const r = coder.code({ id: 's', published: '2022-10-27', title: null, url: null, publisher: null,
      raw: 'Lebanese President Michel Aoun met army commanders in Beirut on Monday. The government signed a deal with the Israeli army.' });
    expect(r.actors.filter((a) => a.text === 'government').map((a) => a.code)).toEqual(['GOV']);
  });
  it('does not accuse, threaten or meet its own state', () => {
    expect(events('The government accused Israel of war crimes.', '2017-06-05')).toContain('1124 GOV>ISR');
    expect(events('The government recalled its ambassador to Qatar.', '2017-06-05')).toContain('161 GOV>QAT');
    expect(events('The minister arrived in Kabul on Monday to meet President Hamid Karzai.', '2010-03-08')).toContain('040 GOV>AFGGOV');
  });
});

describe('session 19: an office holder of a region one state alone has is that state\'s', () => {
  it('codes "Ontario Premier Kathleen Wynne" and "Sindh Chief Minister Murad Ali Shah" with their state', () => {
    const r = coder.code({ id: 's', published: '2016-05-01', raw: 'Ontario Premier Kathleen Wynne met Sindh Chief Minister Murad Ali Shah.', title: null, url: null, publisher: null });
    const wynne = r.actors.find((a) => a.text.includes('Wynne'))!;
    expect(wynne.code).toBe('CANGOV');
    expect(r.text.slice(wynne.span[0], wynne.span[1])).toBe('Ontario Premier Kathleen Wynne');
    expect(r.actors.find((a) => a.text.includes('Murad'))?.code).toBe('PAKGOV');
  });
  it('leaves the office holder of a region two states share without a state', () => {
    const r = coder.code({ id: 's', published: '2018-05-01', raw: 'Punjab Chief Minister Amarinder Singh criticised the plan.', title: null, url: null, publisher: null });
    expect(r.actors.find((a) => a.text.includes('Amarinder'))?.code).toBe('GOV');
  });
});

describe('session 19: people "of" a body a named person owns', () => {
  it('are of that person\'s state, and the person and the body stay mentions', () => {
    const r = coder.code({ id: 's', published: '2019-11-02', raw: "El Salvador gave the diplomats of Nicolas Maduro's government 48 hours to leave the country.", title: null, url: null, publisher: null });
    const diplomats = r.actors.find((a) => a.text === 'diplomats')!;
    expect(diplomats.code).toBe('VENGOV');
    expect(r.text.slice(diplomats.span[0], diplomats.span[1])).toBe('diplomats');
    expect(r.actors.some((a) => a.text === 'Nicolas Maduro')).toBe(true);
  });
  itCodes([["El Salvador gave the diplomats of Nicolas Maduro's government 48 hours to leave the country on Saturday.", '166 SLV>VENGOV', '2019-11-02']]);
});

describe('session 19: Kosovo is XKX', () => {
  it('codes Kosovo, its people and its capital XKX, as the gold records and the EU write it', () => {
    const r = coder.code({ id: 's', published: '2011-07-02', raw: 'Serbia and Kosovo reached their first agreements in Brussels. Pristina protested. Police in Pristina arrested two men.', title: null, url: null, publisher: null });
    expect(r.actors.filter((a) => a.text === 'Kosovo').map((a) => a.code)).toEqual(['XKX']);
    expect(r.actors.find((a) => a.text === 'Pristina')?.code).toBe('XKXGOV');
    expect(r.places.filter((p) => p.text === 'Pristina').every((p) => p.country === 'XKX')).toBe(true);
    expect(JSON.stringify(r)).not.toContain('UNK');
  });
});
