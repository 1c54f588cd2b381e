import { describe, expect, it } from 'vitest';
import { segment } from '../article/segment';
import { findRuns, textStats, tokenizeSentences } from './candidates';
import { classifyPiece } from './classify';
import { splitRun } from './split';

/** Type of the piece whose text is `name` in the body sentence. */
function typeOf(body: string, name: string): string | null {
  const base = segment(`Daily news report\n\n${body}`);
  const sentences = tokenizeSentences(base);
  const stats = textStats(sentences);
  for (const s of sentences) {
    for (const run of findRuns(base.text, s, stats)) {
      for (const p of splitRun(base.text, s, run)) {
        classifyPiece(base.text, s, p);
        if (p.text === name) return p.type;
      }
    }
  }
  return null;
}

describe('head words', () => {
  it.each([
    ['A State Department official spoke.', 'State Department', 'organization'],
    ['They met at Changi International Airport on time.', 'Changi International Airport', 'place'],
    ['Crowds gathered outside the Brandenburg Gate at dusk.', 'Brandenburg Gate', 'place'],
    ['The storm looped back over the Mozambique Channel before hitting land.', 'Mozambique Channel', 'place'],
    ['The Velland Channel aired the film on Sunday.', 'Velland Channel', 'organization'],
    ['They won by a record margin at Whistling Velmar Straits two years ago.', 'Whistling Velmar Straits', 'place'],
    ['He was shot near the Las Vegas Strip that night.', 'Las Vegas Strip', 'place'],
    ["India's last title came at the 2013 Champions Trophy in England.", 'Champions Trophy', 'event'],
    ['Kissinger Associates said he would be buried privately.', 'Kissinger Associates', 'organization'],
    ['Apple unveiled a mixed-reality headset called Vision Pro on Monday.', 'Vision Pro', 'thing'],
    ['They bought a small company called Harbor Works.', 'Harbor Works', 'organization'],
    ['A woman named Jane Smith died.', 'Jane Smith', 'person'],
    ['The capsule, named Phoenix, was built by the navy.', 'Phoenix', 'thing'],
    ['The ship, named Velland Star, sank.', 'Velland Star', 'thing'],
    ['Troops captured a son of drug lord Joaquin "El Velmar" Orvez on Thursday.', 'El Velmar', 'person'],
    ['She starred in "Velmar Girl" last year.', 'Velmar Girl', 'thing'],
    ["He placed St Tarvin's Crown on the king's head.", "St Tarvin's Crown", 'thing'],
    ['Warming and the Velmar Nino weather pattern pushed temperatures up.', 'Velmar Nino', 'thing'],
    ['The Velmar Nina phenomenon cools the Pacific.', 'Velmar Nina', 'thing'],
    ['They rode back in the Gold Velland Coach after the service.', 'Gold Velland Coach', 'thing'],
    ['He met a man, named Tarbut Kolm, on Friday.', 'Tarbut Kolm', 'person'],
    ['The prison, known as Velland Wolf, lies above the Arctic Circle.', 'Velland Wolf', 'place'],
    ['A firm known as Velland Works said it would hire.', 'Velland Works', 'organization'],
    ['He will retire to the residence at Castel Gandolfo, south of Rome.', 'Castel Gandolfo', 'place'],
    ['They raised their flag over a village on the banks of the Velmarates on Saturday.', 'Velmarates', 'place'],
    ['They fled to Velland Orvex, 20 km north-east of Rome.', 'Velland Orvex', 'place'],
    [
      'The eruption at Velland Orvex, about 120 kilometres (75 miles) east of the capital Reykjavik, began overnight.',
      'Velland Orvex',
      'place',
    ],
    ['He met Tarbut Kolm, north of the border, on Friday.', 'Tarbut Kolm', 'person'],
    ['The 400-metre Velland Star ran aground on Tuesday.', 'Velland Star', 'thing'],
    ['The 220,000-tonne Velland Moon sank.', 'Velland Moon', 'thing'],
    ['The 7-foot Tarbut Kolm scored twice.', 'Tarbut Kolm', 'person'],
    ['In 2010, the eruption of Velmarsk sent ash into the sky.', 'Velmarsk', 'place'],
    ['He greeted the leaders at the Velmar museum before the show.', 'Velmar', 'place'],
    ['She won her last major at Roland Garros in 2022.', 'Roland Garros', 'place'],
    ['The old city, a Velmar Heritage site, was damaged.', 'Velmar Heritage', 'thing'],
    ['He met a Tarbut Kolm fan at the gate.', 'Tarbut Kolm', 'person'],
    ['Fusion is the process that powers the Sun, scientists said.', 'Sun', 'place'],
    ['A story in the Sun newspaper said so.', 'Sun', 'organization'],
    ['Shares of Hawaiian Electric, the island utility, fell.', 'Hawaiian Electric', 'organization'],
    [
      "It beat the record of Elton John's Farewell Yellow Brick Road tour last year.",
      'Farewell Yellow Brick Road',
      'event',
    ],
    ['The Rolling Stones tour ended in July.', 'Rolling Stones', 'organization'],
    ['Water poured over the Hoover Dam in May.', 'Hoover Dam', 'place'],
    ['She studied at the University of Texas for years.', 'University of Texas', 'organization'],
    ['Shares of Lehman Brothers fell.', 'Lehman Brothers', 'organization'],
    ['He won the Google Science Fair easily.', 'Google Science Fair', 'event'],
    ['Astronomers using the James Webb Space Telescope saw it.', 'James Webb Space Telescope', 'thing'],
    ['Tourists cruised along the River Tamar at dusk.', 'River Tamar', 'place'],
    ['Flags of the Kingdom of Tonga flew at the port.', 'Kingdom of Tonga', 'place'],
    ['Trade with the East African Community grew.', 'East African Community', 'organization'],
    ['The Dixie Fire burned for months.', 'Dixie Fire', 'event'],
    ['Tickets for the Paralympics sold out quickly.', 'Paralympics', 'event'],
    ['She won the Pulitzer Prize in Poetry in 2019.', 'Pulitzer Prize in Poetry', 'event'],
    ['The Nautilus submersible dived on Sunday.', 'Nautilus', 'thing'],
    ['The Liberian-flagged Marella hit the pier.', 'Marella', 'thing'],
    ['Divers reached the wreck of the Lusitania in May.', 'Lusitania', 'thing'],
    ['Debris from the Nautilus was found on the seabed.', 'Nautilus', 'thing'],
    ["Boeing's Kestrel capsule landed on Friday.", 'Kestrel', 'thing'],
    ['The strikes hit the Varnak enrichment site south of the capital.', 'Varnak', 'place'],
    ["She spoke in the capital's main square, the Zolanco, on Monday.", 'Zolanco', 'place'],
    ['Aid came through the only open border crossing, Bab al-Varo, until Monday.', 'Bab al-Varo', 'place'],
    // (Not a person named after an office "of" a place: the place's noun heads no phrase of its own.)
    ['The president of the Varo region, Marco Tessi, reacted.', 'Marco Tessi', 'person'],
    ['Satellite images showed work at the Sohae launch facility.', 'Sohae', 'place'],
    ['The mission lifted off from the Varnak space centre on Tuesday.', 'Varnak', 'place'],
    // A Spanish, Italian, French or Portuguese place's first word.
    ['The telescope, perched atop Cerro Velland in the Andes, opened.', 'Cerro Velland', 'place'],
    ['He died at his residence in the Casa Santa Velmar.', 'Casa Santa Velmar', 'place'],
    ['The minister spoke at Palazzo Orvex on Monday.', 'Palazzo Orvex', 'place'],
    ['Climbers reached the top of Monte Orvex on Monday.', 'Monte Orvex', 'place'],
    ['The Mona Velland was famously stolen in 1911 by a handyman.', 'Mona Velland', 'thing'],
    // (Guard: a person with "the" and an adjective before the name.)
    ['The late Jane Velland was honoured in 1911.', 'Jane Velland', 'person'],
    ['Heavy rains flooded the Tham Varo cave complex in the north.', 'Tham Varo', 'place'],
    ['He boarded an Emirates flight to Dubai on Sunday.', 'Emirates', 'organization'],
    ['The aircraft carrier USS Harold Vance will move east.', 'USS Harold Vance', 'thing'],
    ['Passengers left an Orvair jet at the gate.', 'Orvair', 'organization'],
    // (Guard, a place already: a name before "mine".)
    ['Workers were trapped in the Orvel mine after a blast.', 'Orvel', 'place'],
    ['The astronauts will return aboard a SpaceX Crew Dragon in February.', 'SpaceX Crew Dragon', 'thing'],
    ['The president flew aboard Air Force One.', 'Air Force One', 'thing'],
    ['He became the first man to win Roland Garros twice in a row.', 'Roland Garros', 'event'],
    // (Not a place won in an election.)
    ['Trump won Pennsylvania by a wide margin.', 'Pennsylvania', 'place'],
    ['Wreckage from the Marella washed ashore.', 'Marella', 'thing'],
    ['Drivers from Zenith team won twice.', 'Zenith', 'organization'],
  ])('%s', (body, name, type) => {
    expect(typeOf(body, name)).toBe(type);
  });
});

describe('first words of places', () => {
  it.each([
    ['He worked at the Lake Forest College library.', 'Lake Forest College', 'organization'],
    ['Patients at the Bay Medical Center waited.', 'Bay Medical Center', 'organization'],
  ])('negative: a body named after a place keeps its head: %s', (body, name, type) => {
    expect(typeOf(body, name)).toBe(type);
  });
});

describe('context', () => {
  it.each([
    ['According to the Kremlin, talks went well.', 'Kremlin', 'organization'],
    ['The girls travelled 800 km from Herat to Kabul.', 'Herat', 'place'],
    ['The boy lives in Irving with his parents.', 'Irving', 'place'],
    ['He was president of the Lombardy region.', 'Lombardy', 'place'],
    ['They gathered at Google headquarters for the fair.', 'Google', 'organization'],
    // A brand's capital inside one word: a body even after "in" (not a name's own prefix).
    ['Microsoft has invested billions of dollars in OrvexAI this year.', 'OrvexAI', 'organization'],
    ['The family lives in McVelland with relatives.', 'McVelland', 'place'],
    ['A Moscow-based analyst said so.', 'Moscow', 'place'],
    ['the Lebanese militant group Hezbollah was named.', 'Hezbollah', 'organization'],
    // A kind of body exemplified.
    ['The council represents companies such as Anglo American and others.', 'Anglo American', 'organization'],
    ['Banks including Barclays cut rates.', 'Barclays', 'organization'],
    // A body's armed men after its name.
    ['The army fought Boko Haram jihadists in the north.', 'Boko Haram', 'organization'],
    ['Officials blamed Ansar Dine insurgents for the attack.', 'Ansar Dine', 'organization'],
    // So a possessive before them, no one person's (a given name opening it makes it one's).
    ["The town fell. Wagner's fighters led the capture of the city in May.", 'Wagner', 'organization'],
    ["The town fell. Orvex's shareholders voted against the deal.", 'Orvex', 'organization'],
    ["The town fell. Ann Lee's fighters led the capture.", 'Ann Lee', 'person'],
  ])('%s', (body, name, type) => {
    expect(typeOf(body, name)).toBe(type);
  });
});

describe('name shape and lexicon', () => {
  it.each([
    ['Yesterday Mark Zuckerberg posted a message.', 'Mark Zuckerberg', 'person'],
    ['They travelled to Dallas by car.', 'Dallas', 'place'],
    ['Critics said Microsoft was slow.', 'Microsoft', 'organization'],
    ['The group was formed through the merger of Fiat Chrysler and PSA.', 'Fiat Chrysler', 'organization'],
    ['Sales at Ford Australia fell.', 'Ford Australia', 'organization'],
  ])('%s', (body, name, type) => {
    expect(typeOf(body, name)).toBe(type);
  });

  it.each([
    ['He joined the Sea Org in 1990.', 'Sea Org', 'person'],
    ['They flew to New York last week.', 'New York', 'person'],
  ])('negative: %s is not a person', (body, name, notType) => {
    expect(typeOf(body, name)).not.toBe(notType);
  });
});

describe('long organisation names and known regions', () => {
  it.each([
    [
      'He chairs the Australian Centre for Control of Iodine Deficiency Disorders now.',
      'Australian Centre for Control of Iodine Deficiency Disorders',
      'organization',
    ],
    ['Surveys covered Victoria and Western Australia last year.', 'Western Australia', 'place'],
    ['He met the Chairman of the Refugee Council yesterday.', 'Refugee Council', 'organization'],
  ])('%s', (body, name, type) => {
    expect(typeOf(body, name)).toBe(type);
  });

  it('negative: "for" does not join a person to what follows', () => {
    expect(typeOf('They voted for Mark Brown for Congress.', 'Mark Brown')).toBe('person');
  });
});

describe('a venue after "at"', () => {
  it.each([
    ['She lost the final at Roland Garros last year.', 'Roland Garros', 'place'],
    ['It came after her triumph at Velmar Garros last year.', 'Velmar Garros', 'place'],
    ['He scored twice at Old Trafford on Sunday.', 'Old Trafford', 'place'],
    ['The concert at Red Rocks sold out.', 'Red Rocks', 'place'],
  ])('%s → %s is a %s (where a match or a show is held)', (body, name, type) => {
    expect(typeOf(body, name)).toBe(type);
  });
  it.each([
    ['He shouted at John Smith in the street.', 'John Smith', 'person'],
    ['Analysts at Jefferies said the deal was good.', 'Jefferies', 'organization'],
    ['Ann Lee, a data security analyst at Clearwater Orvane, said so.', 'Clearwater Orvane', 'organization'],
  ])('negative: %s → %s stays a %s', (body, name, type) => {
    expect(typeOf(body, name)).toBe(type);
  });
});

describe('what an army shells, storms or holds', () => {
  it.each([
    ['The Rapid Support Forces took control of Wad Madani on Tuesday.', 'Wad Madani', 'place'],
    ['Troops stormed Wad Madani at dawn.', 'Wad Madani', 'place'],
    ['Russian forces shelled Bakhmut overnight.', 'Bakhmut', 'place'],
  ])('%s → %s is a %s', (body, name, type) => {
    expect(typeOf(body, name)).toBe(type);
  });
  it('negative: a person captured stays a person', () => {
    expect(typeOf('Police captured John Smith at the border.', 'John Smith')).toBe('person');
  });
});
