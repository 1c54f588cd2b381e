import { describe, expect, it } from 'vitest';
import { roleAfter, roleBefore, roleOfList } from './roles';
import { tokenize } from './tokens';

function before(text: string, name: string) {
  const tokens = tokenize(text, 0, text.length);
  return roleBefore(
    text,
    tokens,
    tokens.findIndex((t) => t.text === name),
  );
}
function after(text: string, name: string) {
  const tokens = tokenize(text, 0, text.length);
  return roleAfter(
    text,
    tokens,
    tokens.findIndex((t) => t.text === name),
  );
}

describe('role phrases before a name', () => {
  it.each([
    ['destined for the Lebanese militant group Hezbollah', 'Hezbollah', 'Lebanese militant group', true],
    ['the picture, UN human rights investigator Carla del Ponte said', 'Carla', 'UN human rights investigator', false],
    ['"ready," team member Rodaba Noori told', 'Rodaba', 'team member', false],
    ["the Afghan team's coach, Alireza Mehraban, said", 'Alireza', "Afghan team's coach", false],
    ['will hand over to former IMF chief Christine Lagarde', 'Christine', 'former IMF chief', false],
    ['talks with acting party leader Jan Novak', 'Jan', 'acting party leader', false],
    // Trades outside the law, and those who stand against a state.
    ['Police arrested arms dealer Viktor Bout', 'Viktor', 'arms dealer', false],
    ['extradited Mexican drug kingpin Joaquin Guzman', 'Joaquin', 'Mexican drug kingpin', false],
    ['Jailed dissident Alexei Navalny spoke', 'Alexei', 'Jailed dissident', false],
    // An envoy's role "to" a place, with no comma before the name.
    ['Kerry met the US ambassador to Moscow Michael McFaul', 'Michael', 'US ambassador to Moscow', false],
    ['the Russian ambassador to Kiev Mikhail Zurabov and', 'Mikhail', 'Russian ambassador to Kiev', false],
    [
      '"The defendant betrayed the trust of the people," presiding judge Choi Min-ji said',
      'Choi',
      'presiding judge',
      false,
    ],
    ['a straight-sets win for reigning champion Iga Swiatek', 'Iga', 'reigning champion', false],
    ['the government of caretaker prime minister Anwar Kakar', 'Anwar', 'caretaker prime minister', false],
    ['piling pressure on finance minister Rachel Reeves', 'Rachel', 'finance minister', false],
    ['Legal scholar Benny Tai received the heaviest sentence', 'Benny', 'Legal scholar', false],
    ['the German theologian Hans Kung wrote', 'Hans', 'German theologian', false],
    ['Teenager Lamine Yamal was named the best young player', 'Lamine', 'Teenager', false],
    ["a backlash over chief executive Elon Musk's political role", 'Elon', 'chief executive', false],
    ['the vote came after prime minister Anna Berg resigned', 'Anna', 'prime minister', false],
    ['crowds gathered to witness city mayor Hau Lung-bin speak', 'Hau', 'mayor', false],
    ['The mayor of Lyon, Gregory Doucet, said', 'Gregory', 'mayor of Lyon', false],
    // So an envoy's role "to" a place.
    ["Velmar's ambassador to Tarvia, Anna Berg, was hurt", 'Anna', "Velmar's ambassador to Tarvia", false],
    [
      'the head of the World Health Organization, Ann Smith, said',
      'Ann',
      'head of the World Health Organization',
      false,
    ],
    ['The dead include Nautica chief executive Paul Ferrand', 'Paul', 'Nautica chief executive', false],
    ['Guests included opera singer Maria Lenz', 'Maria', 'opera singer', false],
    ['accepted it and named Economy Ministry official Alex Conte as', 'Alex', 'Economy Ministry official', false],
    ['The film stars German actress Anna Held', 'Anna', 'German actress', false],
    // A body's name joined by "of" before the role noun, whole.
    ['Bank of Velmar governor Anna Held spoke on Friday', 'Anna', 'Bank of Velmar governor', false],
    ['Chamber of Commerce head Anna Held agreed', 'Anna', 'Chamber of Commerce head', false],
    // A conjunction opening the sentence is no part of the role.
    ['But lander manager Anna Held warned that the harpoons had failed', 'Anna', 'lander manager', false],
    ['And project scientist Anna Held said it was fine', 'Anna', 'project scientist', false],
    // Holders of a record or a title, and team-mates.
    ['Former world record holder Anna Held pulled up', 'Anna', 'Former world record holder', false],
    ['Former team-mate Anna Held said so', 'Anna', 'Former team-mate', false],
    ['Olympic silver medallist Anna Held said so', 'Anna', 'Olympic silver medallist', false],
    // "and" inside a body's name in capitals.
    [
      'Velmar Electoral and Boundaries Commission chairman Wafa Tarbut announced',
      'Wafa',
      'Velmar Electoral and Boundaries Commission chairman',
      false,
    ],
    // Not after a person's title and name, or a given name: two people, each with a role.
    [
      'Prime Minister Velka Tarn and Olympic Committee president Anna Berg agreed',
      'Anna',
      'Olympic Committee president',
      false,
    ],
    ['Maria Tarn and Olympic Committee president Anna Berg agreed', 'Anna', 'Olympic Committee president', false],
    // Guard: a list of two roles and names, no body's name.
    ['billionaire Mara Orvex and Pakistani businessman Sam Velk died', 'Sam', 'Pakistani businessman', false],
  ])('%s', (text, name, role, organization) => {
    expect(before(text, name)).toEqual({ role, organization });
  });

  it.each([
    ['Kerry will also meet Sergei Lavrov', 'Sergei'],
    ['a talk with Smith', 'Smith'],
    ['the rights of Smith', 'Smith'],
    ['He flew to Tarvia, Anna Berg said', 'Anna'],
    // A body's noun after the name: the word before it is the noun phrase's adjective.
    ['the official SANA news agency reported', 'SANA'],
    ['the official Xinhua news agency said', 'Xinhua'],
  ])('negative: %s', (text, name) => {
    expect(before(text, name)).toBeNull();
  });
});

describe('appositives after a name', () => {
  it.each([
    ['Kerry, the chief US diplomat, said', 'Kerry', 'chief US diplomat', false],
    // "first" and "last" before the role noun are part of it.
    ['Tarn, the last president of the federation, said', 'Tarn', 'last president of the federation', false],
    ['Boeing, the aircraft manufacturer, said', 'Boeing', 'aircraft manufacturer', true],
    // A stretch of time after the role noun is no part of it.
    ['Harbor, a lender to farmers for four decades, was sold', 'Harbor', 'lender to farmers', true],
    ['Quist, a teacher since 2019, said', 'Quist', 'teacher', false],
    ['Lind, a nurse for more than a year, said', 'Lind', 'nurse', false],
    // Kinds of body named in an appositive.
    ['Orvik, a consultancy in Oslo, said', 'Orvik', 'consultancy in Oslo', true],
    ['Delmar, the markets watchdog, said', 'Delmar', 'markets watchdog', true],
    // A body's noun before a person's names the trade: the second noun is the head.
    ['said Fujiwara, a fund manager at Shinkin, on Friday', 'Fujiwara', 'fund manager at Shinkin', false],
    ['Lopez, a bank clerk in Lima, said', 'Lopez', 'bank clerk in Lima', false],
    ['Reed, a party official, said', 'Reed', 'party official', false],
    // Of two roles joined by "and", a person's says the name is a person's.
    [
      'Silva, the former lathe operator and trade union leader, won',
      'Silva',
      'former lathe operator and trade union leader',
      false,
    ],
    ['Orvik, a tour operator and ferry company, said', 'Orvik', 'tour operator and ferry company', true],
    // A parenthesis (the body's initials) closes the role too.
    [
      'said Tom Varo, head of the State Property Agency (SPA), after',
      'Varo',
      'head of the State Property Agency',
      false,
    ],
    // Past its small words and commas, as far as the acronym after it spells the body's name.
    [
      'said Hans Blix, the head of the UN Monitoring, Verification and Inspection Commission (UNMOVIC), on',
      'Blix',
      'head of the UN Monitoring, Verification and Inspection Commission',
      false,
    ],
    [
      'said Jan Kubis, the head of the Organization for Security and Co-operation in Europe (OSCE), on',
      'Kubis',
      'head of the Organization for Security and Co-operation in Europe',
      false,
    ],
  ])('%s', (text, name, role, organization) => {
    expect(after(text, name)).toEqual({ role, organization });
  });

  it('past "once" before the article; a developer may be a person or a body', () => {
    expect(after("the liquidation of Orvex, once the country's biggest property developer, on", 'Orvex')).toEqual({
      role: "country's biggest property developer",
      organization: false,
      neutral: true,
    });
  });

  it.each([
    ['He kept Hunt as Chancellor of the Exchequer and', 'Hunt', 'Chancellor of the Exchequer'],
    ['brought back Braverman as home secretary, six days later', 'Braverman', 'home secretary'],
    ['named Lind as its new chief executive on Monday', 'Lind', 'chief executive'],
  ])('an office after "as": %s', (text, name, role) => {
    expect(after(text, name)).toEqual({ role, organization: false, neutral: true });
  });

  it.each([
    ['Kerry, who arrived on Monday, said', 'Kerry'],
    ['Lind as well as Holm spoke', 'Lind'],
    ['Lind as chief executive officer pay rose', 'Lind'],
    ['Kerry, Lavrov and Putin met', 'Kerry'],
    ['He thanked Anna Vell, and the mayor.', 'Anna'],
    ['Kerry said', 'Kerry'],
    // The name ends a relative clause; the past tense after the comma is the main clause's verb.
    ['NASA, which contributed three instruments to Rosetta, congratulated the European team', 'Rosetta'],
    ['The firm, which sold shares to Holm, thanked the team', 'Holm'],
    // A gerund after the comma opens a clause of the sentence's subject, no apposition.
    ["Troops entered Velport, accusing the region's ruling party of attacking army camps.", 'Velport'],
  ])('negative: %s', (text, name) => {
    expect(after(text, name)).toBeNull();
  });
});

describe('an apposition after an age, an everyday occupation, where one comes from', () => {
  it.each([
    ['Doe, 54, a former judge, said', 'former judge'],
    ['Doe, a farmer in Mexe, said', 'farmer in Mexe'],
    ['Doe, 45, a shopkeeper, said', 'shopkeeper'],
    ['Doe, a lawyer from the northern city of Braga, won', 'lawyer'],
  ])('%s → %s', (text, role) => {
    expect(after(text, 'Doe')?.role).toBe(role);
  });
  it.each([
    // Guards: no apposition after the age; an occupation a relative clause goes on from says less than it.
    ['Doe, 73, immediately became king, aides said'],
    ['Doe, the former peanut farmer who served one term as president, died'],
  ])('negative: %s', (text) => {
    expect(after(text, 'Doe')).toBeNull();
  });
});

describe("verbs and prepositions at a role's edge", () => {
  it('a role noun right after a relative pronoun is its verb', () => {
    expect(before('Arsenal, who host Leicester next Sunday, are third.', 'Leicester')).toBeNull();
  });
  it('a role noun alone right after "to" is an infinitive', () => {
    expect(before('Scientists said the harpoons meant to anchor Philae may not have fired.', 'Philae')).toBeNull();
    // (A role after "to" and a qualifier is one: "to reigning champion X".)
    expect(before('The prize went to reigning champion Iga Swiatek.', 'Iga')?.role).toBe('reigning champion');
  });
  it('a preposition no role holds ends it ("alongside")', () => {
    expect(before('Velland told reporters alongside EU foreign policy chief Anna Berg.', 'Anna')?.role).toBe(
      'EU foreign policy chief',
    );
  });
  it('negative: "WHO" before a role noun is a body', () => {
    expect(before('He met WHO chief Tedros Adhanom Ghebreyesus.', 'Tedros')?.role).toBe('WHO chief');
  });
  it.each([
    ['Aguero scored before firing past goalkeeper Joe Hart.', 'goalkeeper'],
    ['He met the past president Joe Hart.', 'past president'],
    ['Past president Joe Hart spoke.', 'Past president'],
    // (So after the verb's adverb, or its object: "fired low past", "curled the ball wide past".)
    ['The left-back fired low past goalkeeper Joe Hart in the 29th minute.', 'goalkeeper'],
    ['She curled the ball wide past goalkeeper Joe Hart.', 'goalkeeper'],
    ['Their past president Joe Hart spoke.', 'past president'],
    // (So is a verb's particle: "knocked out 10-time champion X".)
    ['Sinner had knocked out 10-time champion Joe Hart in the semi-finals.', '10-time champion'],
    ['The party pushed aside veteran leader Joe Hart.', 'veteran leader'],
    ['Ann Lee knocked out champion Joe Hart.', 'champion'],
  ])('"past" after a verb opens its phrase; after a determiner it qualifies the role: %s', (text, role) => {
    expect(before(text, 'Joe')?.role).toBe(role);
  });
  it.each([
    ['The army ousted prime minister Joe Hart in 2006.', 'prime minister'],
    ["Thailand's army ousted defence minister Joe Hart.", 'defence minister'],
    ['Police jailed opposition leader Joe Hart.', 'opposition leader'],
    // Guards: after a determiner or a verb, the word qualifies the role.
    ['He met the ousted prime minister Joe Hart.', 'ousted prime minister'],
    ['Protesters said ousted prime minister Joe Hart was behind it.', 'ousted prime minister'],
    // After a possessive too.
    ["Peru's ousted president Joe Hart was arrested on Wednesday.", 'ousted president'],
  ])('a qualifier in "-ed" after a noun is its verb: %s', (text, role) => {
    expect(before(text, 'Joe')?.role).toBe(role);
  });
  it.each([
    ['Qantas reported a record profit and said chief executive Joe Hart would retire.', 'chief executive'],
    ['"We are ready," said team captain Joe Hart.', 'team captain'],
    ['Joyce will hand over to chief financial officer Joe Hart on November 6.', 'chief financial officer'],
    ['The post went to senior vice president Joe Hart.', 'senior vice president'],
  ])('right after a verb of saying, or after "to" before a word of rank, the role opens: %s', (text, role) => {
    expect(before(text, 'Joe')?.role).toBe(role);
  });
  it.each([['He took office after narrowly beating right-wing rival Joe Hart.', 'right-wing rival']])(
    'an adverb in "-ly" and the verb it qualifies are no part of the role: %s',
    (text, role) => {
      expect(before(text, 'Joe')?.role).toBe(role);
    },
  );
  it('a second apposition after "and a" ends the role', () => {
    expect(
      after('said Kim Sang-jo, the head of the Fair Trade Commission and a longtime critic of the chaebol.', 'Sang-jo')
        ?.role,
    ).toBe('head of the Fair Trade Commission');
  });
  it('a winner of a count of titles is the role whole; a length of years is no part of one', () => {
    expect(after('Joe Hart, winner of 22 Grand Slam titles, spoke.', 'Hart')?.role).toBe(
      'winner of 22 Grand Slam titles',
    );
    expect(after('Joe Hart, a coach of 30 years, spoke.', 'Hart')?.role).toBe('coach');
  });
});

describe('an office taken after the name', () => {
  it.each([
    ['Koji Sato took over as chief executive from Akio Toyoda.', 'Sato', 'chief executive'],
    ['Jane Doe became prime minister in 2019.', 'Doe', 'prime minister'],
    ['John Lee was named finance minister on Friday.', 'Lee', 'finance minister'],
    ['John Lee was sworn in as president on Friday.', 'Lee', 'president'],
  ])('%s', (text, name, role) => {
    expect(after(text, name)?.role).toBe(role);
  });
  it.each(['Jane Doe became the first woman to win the race.', 'Jane Doe became angry.'])(
    'negative: no office, no role: %s',
    (text) => {
      expect(after(text, 'Doe')).toBeNull();
    },
  );
});

describe('a plural role before a list of names', () => {
  const ofList = (text: string, name: string) => {
    const tokens = tokenize(text, 0, text.length);
    return roleOfList(
      text,
      tokens,
      tokens.findIndex((t) => t.text === name),
    );
  };
  it.each([
    ['Presidents Alija Izetbegovic and Slobodan Milosevic shook hands', 'Alija', 'President'],
    ['Presidents Alija Izetbegovic and Slobodan Milosevic shook hands', 'Slobodan', 'President'],
    ['signed by rebel leaders Alexander Zakharchenko and Igor Plotnitsky.', 'Igor', 'rebel leader'],
    ['Foreign Ministers Sergei Lavrov and John Kerry met', 'John', 'Foreign Minister'],
    ['with Prime Ministers Narendra Modi, Nawaz Sharif and Sheikh Hasina', 'Nawaz', 'Prime Minister'],
  ])('%s: %s', (text, name, role) => {
    expect(ofList(text, name)?.role).toBe(role);
  });

  it.each([
    ['the Belgian brothers Jean-Pierre and Luc Dardenne won', 'Luc'],
    ['the presidents met, and Slobodan Milosevic left', 'Slobodan'],
    ['Presidents Alija Izetbegovic met on Monday', 'Alija'],
  ])('negative: %s', (text, name) => {
    expect(ofList(text, name)).toBeNull();
  });
});
