/**
 * General-language word lists the entity stages read: titles, role nouns, organisation and place head
 * words, function words, calendar words. Nothing here names a particular person, place or body.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Capitalised titles that stand before a person's name ("President", "Foreign Minister", "Mr"). */
export const TITLES = set(`
  president vice-president president-elect premier minister secretary undersecretary ambassador envoy senator sen
  governor gov mayor chancellor king queen prince princess pope emperor empress general gen colonel col
  lieutenant lt captain capt sergeant sgt admiral adm commander cmdr corporal marshal brigadier major-general
  chief director chairman chairwoman chair judge justice mr mrs ms mx dr prof professor sir dame lord lady
  rev reverend bishop archbishop cardinal rabbi imam sheikh emir sultan ayatollah deputy spokesman
  spokeswoman spokesperson ceo cfo coo cto coach manager officer executive detective inspector sheriff
  representative rep congressman congresswoman councillor councilman councilwoman commissioner attorney speaker
  superintendent constable pastor father mp mep msp administrator leader incumbent consort emeritus prophet
  counsellor counselor presidents ministers senators treasurer comptroller comrade daw tun counsel prosecutor
`);

/**
 * A title word, or a hyphenated compound of one ("Director-General", "Secretary-General", "Major-General"):
 * a title among its parts, and each of the others a title's modifier or affix.
 * @example isTitle('secretary-general') // true
 */
export function isTitle(lower: string): boolean {
  if (TITLES.has(lower)) return true;
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  // Every part a title, a title's modifier or a title's affix ("Commander-in-Chief"): "Notre-Dame" is no title.
  return (
    parts.some((p) => TITLES.has(p)) &&
    parts.every((p) => TITLES.has(p) || TITLE_MODIFIERS.has(p) || TITLE_AFFIXES.has(p))
  );
}

/**
 * Titles whose "of" or "for" names a portfolio, not a body ("Minister of Trade and Industry", "Secretary of
 * Health and Human Services", "Commissioner for Trade"): the portfolio's words are no name of their own.
 */
export const PORTFOLIO_TITLE = /^(?:minister|secretary|commissioner|undersecretary)$/;

/**
 * Nouns of a minister's portfolio ("Mineral Resources", "Home Affairs", "Trade and Industry", "Fisheries and
 * Oceans"), in lower case: no body's name of their own.
 */
export const PORTFOLIO_NOUNS = set(`
  affairs resources relations services works industry industries development security energy trade finance health
  education transport environment agriculture culture tourism housing planning infrastructure communications
  defence defense mining mines fisheries forestry sport sports youth pensions employment technology
  telecommunications aviation science media climate justice immigration citizenship commerce economy labour labor
  welfare women children families food water lands oceans innovation heritage arts communities research veterans
  transportation petroleum sanitation equality investment enterprise skills training revenue customs
`);

/** Epithets that follow a given name and "the" in a ruler's or a saint's name ("Philip the Good", "Ivan the Terrible"). */
export const EPITHETS = set(`
  great good terrible bold fair pious wise just younger elder magnificent conqueror confessor baptist apostle
  evangelist unready simple fat bald red black white lion lionheart mad cruel victorious navigator lawgiver
  hammer illuminator builder blessed venerable martyr strong brave fearless
`);

/** A title word or a title's modifier ("President", "Foreign", "Prime"), in lower case. */
export function isTitleOrModifier(lower: string): boolean {
  return isTitle(lower) || TITLE_MODIFIERS.has(lower);
}

/** Compass and position words that name a part of a place or a people ("South Sudan", "East Germans"). */
export const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower)$/;

/** Words a hyphenated title joins to a title word ("Vice-President", "President-elect", "Commander-in-Chief"). */
const TITLE_AFFIXES = set('elect designate ex in at of major vice co sub under');

/** Honorifics: a person cue, but no role ("Mr Smith", "Sheikh Hasina"). */
export const HONORIFICS = set('mr mrs ms mx miss sir dame sheikh comrade daw tun');

/** Whether a word is an honorific, in any case, with or without its dot ("Mr", "MRS", "Mr."). */
export const isHonorific = (word: string): boolean => HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));

/**
 * Lower-case hyphen suffixes that make a modifier of a name ("US-backed", "Moscow-based", "Right-wing",
 * "Buddhist-majority"); not a given name's second syllable, one letter and "-ing" ("Chun-ying", "Xiao-ming").
 */
export const HYPHEN_SUFFIX =
  /^(?:\p{Ll}+ed|\p{Ll}{2,}ing|wing|based|born|made|run|style|wide|like|era|bound|friendly|held|backed|led|majority|minority)$/u;

/** Capitalised words that qualify a title inside a role ("Foreign Minister", "Prime Minister"). */
/** Parties' words that qualify a title as a portfolio does ("Deputy Liberal leader"), and are adjectives too. */
export const PARTY_MODIFIERS = set('liberal conservative tory');

export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  ...PARTY_MODIFIERS,
  ...set(`
  foreign prime vice deputy acting former first chief executive interior defence defense finance health
  education trade home justice state general attorney supreme senior junior assistant associate managing
  principal grand high lord labour labor environment energy transport economy culture information opposition
  majority minority financial operating technology technical marketing investment medical scientific commercial
  district circuit special independent
`),
]);

/**
 * Offices a body gives, after whose holder the body's name comes first ("Tesla CEO …", "Hamas leader …",
 * "Harvard President …"), in lower case.
 */
export const BODY_OFFICES = set('ceo cfo chairman chairwoman founder co-founder president leader boss chief');

/** A capitalised compound with a lower-case part after its hyphen, a modifier ("Seven-time", "Far-right"). */
export const isModifierCompound = (word: string): boolean => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(word);

/** The title a religious leader's name ends on ("the Dalai Lama", "the Grand Mufti"), lower-case. */
export const RELIGIOUS_LEADER = /^(?:lama|mufti|patriarch|catholicos|rinpoche|karmapa)$/;

/** Lower-case role nouns that, right before a name, give the role ("investigator Carla …", "coach X"). */
export const ROLE_NOUNS = set(`
  president minister secretary ambassador envoy senator governor mayor chancellor king queen prince princess
  pope general colonel captain commander chief director chairman chairwoman judge justice professor bishop
  spokesman spokeswoman spokesperson ceo executive coach manager officer detective inspector sheriff coordinator
  ombudsman rapporteur mediator auditor registrar curator organiser organizer campaigner magistrate forecaster
  auctioneer skipper pontiff diver cosmonaut trainer umpire
  investigator official leader analyst economist expert lawyer attorney journalist reporter editor
  correspondent author writer founder co-founder owner president-elect candidate nominee activist member
  player striker midfielder defender goalkeeper forward winger substitute captain athlete champion winner singer actor
  actress artist director producer rapper musician scientist researcher doctor surgeon nurse teacher student
  head boss chair chairperson diplomat policeman policewoman soldier negotiator commissioner inspector-general governor-general candidate
  rival opponent colleague counterpart adviser advisor aide representative delegate lawmaker legislator politician
  premier dictator ruler monarch cleric priest pastor rabbi imam sheikh spokesmen prosecutor defendant treasurer
  victim witness suspect designer engineer developer entrepreneur billionaire businessman businesswoman bodyguard
  economist historian novelist poet photographer filmmaker chef pilot astronaut commentator host anchor
  administrator foreman supervisor superintendent comedian presenter playwright composer conductor dancer
  group company firm organisation organization party agency militia movement network carrier airline
  newspaper broadcaster manufacturer maker carmaker automaker retailer bank insurer giant rebels faction
  team club band union charity
  sprinter swimmer cyclist rider driver runner skier boxer golfer gymnast jockey climber mountaineer explorer
  thrower jumper hurdler marathoner weightlifter wrestler fencer rower sailor skater snowboarder archer judoka
  batsman bowler pitcher quarterback heptathlete decathlete triathlete holder titleholder teammate team-mate
  medallist medalist finalist
  missionary principal star laureate referee monk nun worker volunteer tycoon magnate mogul heir heiress
  legend icon congressman congresswoman councillor councilman councilwoman speaker archbishop cardinal admiral
  deputy scholar theologian philosopher mathematician teenager schoolgirl schoolboy
  painter sculptor architect lecturer academic
  dealer trafficker smuggler kingpin warlord financier dissident blogger hacker whistleblower fugitive gunman
  strongman baron
`);

/**
 * Everyday occupations and standings, roles too ("Jane Doe, a farmer in Mexe, said"), but weaker than an
 * office: one a relative clause goes on from says less than the clause ("the former peanut farmer who served
 * as president").
 */
export const OCCUPATION_NOUNS = set(`
  farmer shopkeeper resident lecturer fisherman fishermen mechanic pensioner retiree shepherd carpenter banker
  trader vendor labourer laborer miner builder plumber electrician cleaner waiter waitress baker butcher
  tailor shop-owner landlord tenant villager clerk cashier teller receptionist accountant
`);

/** Kinship nouns, roles too ("his wife Rosalynn"), but only right before the name. */
export const KIN_NOUNS = set(`
  wife husband widow widower son daughter mother father brother sister stepson stepdaughter fiancee fiance
  girlfriend boyfriend grandson granddaughter nephew niece
`);

/** Lower-case role nouns that mark the named thing as an organisation ("the militant group X"). */
export const ORG_ROLE_NOUNS = set(`
  group company firm organisation organization party agency militia movement network carrier airline
  newspaper broadcaster manufacturer maker carmaker automaker retailer bank insurer giant faction team club
  band union charity council ministry department channel magazine journal website publisher studio label brand
  chain startup conglomerate subsidiary supplier operator consultancy fund lender exchange watchdog regulator
  pollster brokerage tabloid brewer brewery distiller winery refiner shipbuilder shipper railway railroad utility
  grocer supermarket telco office bureau institute authority commission site outlet daily
`);

/** "-maker" compounds that name people, not firms ("lawmaker", "filmmaker"); every other one names a firm. */
const PERSON_MAKERS = set(`
  lawmaker policymaker filmmaker moviemaker peacemaker kingmaker playmaker dressmaker matchmaker dealmaker
  rainmaker troublemaker homemaker winemaker decision-maker
`);

/** A person by trade or field in "-ist" ("geophysicist", "volcanologist"); not a verb ("insist") or a list. */
const PERSON_IST =
  /^(?!\p{Ll}*(?:[sx]ist|(?:check|play|short|wish|black|white|hit|wait|waiting|set|price|guest)list)$)\p{Ll}{4,}ist$/u;

/** A person by a field's or a craft's ending ("astronomer", "physician", "oceanographer", "theologian"). */
const PERSON_FIELD = /^\p{Ll}{3,}(?:onomer|ician|ographer|ologian)$/u;

/** A compound in "-maker" naming a firm by what it makes ("chipmaker", "drugmaker", "planemaker"). */
const FIRM_MAKER = /^\p{Ll}{3,}-?makers?$/u;

/**
 * A lower-case role noun of a person's, no body's, kin's or firm's ("forward", "minister", "lawmaker"; not
 * "company", "carmaker", "rebels", "sister").
 */
export function isPersonRoleNoun(lower: string): boolean {
  return isRoleNoun(lower) && !isOrgRoleNoun(lower) && !KIN_NOUNS.has(lower) && lower !== 'rebels';
}

/**
 * A lower-case role noun: one of the lists, or a "-maker" compound.
 * @example isRoleNoun('chipmaker') // true
 */
/** A noun's singular: "presidents" → "president", "secretaries" → "secretary" (null for no plural). */
export function singular(word: string): string | null {
  if (/\p{Ll}ies$/u.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return null;
}

export function isRoleNoun(lower: string): boolean {
  return (
    ROLE_NOUNS.has(lower) ||
    OCCUPATION_NOUNS.has(lower) ||
    ORG_ROLE_NOUNS.has(lower) ||
    KIN_NOUNS.has(lower) ||
    FIRM_MAKER.test(lower) ||
    (lower.endsWith('ist') && PERSON_IST.test(lower)) ||
    PERSON_FIELD.test(lower) ||
    ROLE_NOUNS.has(HYPHENED_ROLE.exec(lower)?.slice(1).join('') ?? '')
  );
}

/** A role noun with a hyphened qualifier: "director-general", "editor-in-chief", "co-chair", "vice-chairman". */
const HYPHENED_ROLE =
  /^(?:(\p{Ll}+)-(?:general|elect|designate|in-chief|at-large)|(?:co|vice|under|deputy|ex)-(\p{Ll}+))$/u;

/**
 * A role noun that marks an organisation ("group", "chipmaker"; not "lawmaker").
 * @example isOrgRoleNoun('drugmaker') // true
 */
export function isOrgRoleNoun(lower: string): boolean {
  return ORG_ROLE_NOUNS.has(lower) || (FIRM_MAKER.test(lower) && !PERSON_MAKERS.has(lower.replace(/s$/, '')));
}

/** Head words that make a capitalised sequence an organisation ("State Department", "Apple Inc"). */
export const ORG_HEADS = set(`
  ministry department council party agency agencies inc incorporated corp corporation company co ltd llc plc gmbh ag
  sa group airlines airline airways bank fund foundation institute institution university college school
  academy church court office commission committee organisation organization association union federation chamber
  league senate congress parliament assembly bundestag bundesrat knesset duma riksdag storting folketing sejm
  navy army force forces police service services society club fleet
  program programme reserve treasury board authority administration bureau network news times post journal
  herald tribune telegraph guardian gazette magazine weekly daily press media sports motors motor brothers systems
  technologies technology industry industries holdings investments partners labs laboratories legion corps team fc
  cabinet government conference tribunal movement front brigade brigades coalition alliance secretariat directorate
  brotherhood inspectorate ministries studios records entertainment pictures electronics computer computers software
  pharmaceuticals energy petroleum oil communications telecom insurance airport-authority exchange bureau
  unit division command guard guards trust bancorp ventures consortium cooperative cross observatory telescope
  district municipality county-council sheriff's foundation mission observatory hospital-trust international
  aerospace space survey centres centers securities laboratory lab panel liga community air hospital clinic
  machines robotics dynamics semiconductors therapeutics biosciences solutions genetics biotech pharma foods
  brands chemicals chemical steel logistics healthcare capital financial mining resources materials retail
  management associates electric fighters global forum confederation unions works railway railways railroad
  hotels resorts casinos restaurants stores supermarkets enterprises
`);

/** Adverbs of when that may open an appositive before its article ("X, once the country's biggest developer,"). */
export const APPOSITIVE_WHEN = /^(?:once|now|formerly|still|then|long)$/;

/** First words that make "X of Y" an organisation ("University of Texas", "Church of …"). */
export const ORG_FIRSTS = set(`
  ministry department council university college institute church court bank office commission committee
  organisation organization association union federation confederation league board bureau agency academy society
  municipality house order school government army navy faculty port
`);

/** Head words that make a capitalised sequence a place ("Constitution Hall", "Changi Airport"). */
export const PLACE_HEADS = set(`
  street st avenue ave road rd boulevard lane square place bridge tower towers building house hall palace
  gate dam strip castle cathedral mosque temple stadium arena airport station port harbour harbor park gardens garden
  memorial monument museum gallery centre center plaza mall market city town village county province state region area
  abbey basilica monastery chapel shrine cemetery prison zoo theatre theater cinema nebula galaxy crater circle
  district island islands isle peninsula bay gulf sea ocean river lake mountain mountains mount mt hills hill
  valley desert forest coast strait straits canal falls beach heights field fields factory plant camp base wall pole
  key keys highway motorway expressway freeway cape territory territories delta plain plains steppe reef glacier icefall
  archipelago atoll lagoon fjord canyon gorge peak ridge volcano oasis hemisphere shelf slope col pass complex
  strasse straße platz allee rue piazza calle avenida
`);

/** Head words of named events ("… Olympics", "… Championship", "… Festival"), and of agreements and laws, which the timeline dates as such ("… Treaty", "… Act"). */
export const EVENT_HEADS = set(`
  olympics olympiad games championship championships cup tournament festival fair expo exhibition
  conference summit war revolution election elections marathon open grand-prix prix series awards
  ceremony congress convention show week accord accords agreement treaty pact protocol jubilee coronation
  prize award trophy tour fire contest slam recession depression crisis famine uprising rising rebellion revolt blitz
  massacre finals act amendment
`);

/**
 * A sovereign's, a peer's or a prelate's title, which "of" a land or see names one person ("the Princess of
 * Wales", "the Emir of Qatar", "the Archbishop of Canterbury").
 */
export const LAND_TITLE =
  /^(?:king|queen|prince|princess|duke|duchess|earl|countess|emperor|empress|emir|sultan|archbishop|bishop|patriarch|elector|electress|margrave|tsar|czar|shah|marquess|viscount|baron|baroness)$/;

/**
 * Place heads that are surnames too, after a first name ("Thomas Lane", "Adrian Hill", "Madison Keys", "Robert
 * Plant"); not "Street", nor "Hills" or "Bay" ("Beverly Hills", "Byron Bay").
 */
export const SURNAME_HEADS =
  /^(?:lane|hill|hall|house|field|fields|bridge|park|castle|tower|temple|chapel|wall|forest|beach|camp|market|key|keys|plant|ridge|strait)$/;

/** One-word names of events ("the Olympics", "the Paralympics"). */
export const EVENT_NAMES = set('olympics paralympics olympiad paralympiad');

/** First words of a sports club's name ("Atletico Nacional", "Olympique Lyonnais", "Dynamo Kyiv"). */
export const CLUB_FIRSTS = set('atletico deportivo sporting olympique dynamo dinamo independiente');

/** First words of a land's or water's name ("River Seine", "Lake Victoria", "Gulf of Mexico", "Kingdom of Hawaii"). */
export const PLACE_FIRSTS = set(
  'river lake mount mt cape horn camp port fort santa isle gulf bay kingdom republic empire emirate sultanate estadio stadio stadion county ' +
    // Spanish, Italian, French and Portuguese ones ("Cerro Pachon", "Monte Rosa", "Mont Blanc", "Isla Mujeres").
    'cerro monte mont pico lago laguna isla ilha ile île volcan casa palazzo plaza piazza ' +
    // Streets named first by their kind ("Avenue Habib Bourguiba", "Boulevard Saint-Germain", "Rue de Rivoli").
    'avenue boulevard rue avenida calle',
);

/** First words that make a name an event: a storm's ("Cyclone Hidaya"), a military operation's, a stage race's ("Tour de France"), a motor racing series' ("Formula One"), a church feast's ("Feast of the Assumption"). */
export const EVENT_FIRSTS = set('cyclone hurricane typhoon storm superstorm tornado operation tour formula feast');

/** Lower-case nouns that, after a name, make the phrase an event ("the … bombings"). */
export const EVENT_NOUNS = set(`
  bombing bombings attack attacks massacre shooting shootings invasion war crisis uprising revolution
  earthquake hurricane disaster riots protests summit conference election elections pandemic epidemic outbreak
`);

/** Rounds of a competition: a name right before one is the competition's ("the Wimbledon final"). */
export const ROUND_NOUNS = set(`
  final finals semi-final semi-finals semifinal semifinals quarter-final quarter-finals quarterfinal quarterfinals
`);

/**
 * The units of a ship's length and of its weight in a hyphened measure before its name ("the 400-metre Ever Given",
 * "the 220,000-tonne …"), as pattern sources: classify.ts types the name a thing by them, labels.ts leaves them out.
 */
export const SHIP_LENGTH_UNITS = 'metres?|meters?|foot|feet';
export const SHIP_WEIGHT_UNITS = 'tonnes?|tons?';

/**
 * Nouns for things made, which name what comes right after them ("the container ship Ever Given", "the film
 * Oppenheimer") or after "named"/"called" ("a capsule named Phoenix"): vessels, craft, products and works.
 */
export const THING_NOUNS = set(`
  ship vessel liner tanker supertanker freighter ferry warship submarine yacht frigate destroyer cruiser trawler
  steamer icebreaker schooner barge
  rocket spacecraft rover lander orbiter probe mothership robot capsule telescope satellite shuttle aircraft jet jetliner
  airliner plane
  helicopter drone chatbot app game film movie documentary novel book memoir album song opera musical
  sitcom painting sculpture vaccine drug epic thriller drama comedy blockbuster biopic sequel
`);

/**
 * Space craft's nouns: last words that make a name a thing made ("Hubble Space Telescope", "Parker Solar Probe"),
 * and nouns a name right before names ("the Vikram lander").
 */
export const THING_HEADS = set(
  'telescope spacecraft rover lander orbiter probe submersible capsule chatbot rocket booster satellite report spyware malware ' +
    'ransomware index average collider accelerator reactor',
);

/** Words for peoples, faiths, creeds and blocs that are not country demonyms ("Western", "Arab", "Muslims", "Marxist"). */
export const GROUP_WORDS = set(`
  western eastern arab arabs muslim muslims christian christians jewish jews kurdish kurds sunni sunnis
  shia shiite shiites catholic catholics protestant protestants hindu hindus buddhist buddhists
  european europeans asian asians african africans latino latinos hispanic hispanics caucasian
  scandinavian scandinavians balkan nordic baltic slavic arabic persian indigenous aboriginal nazi nazis
  fascist fascists korean koreans english englishman englishmen scottish scot scots scotsman scotsmen welsh welshman
  welshmen soviet soviets yugoslav yugoslavs hawaiian
  hawaiians texan texans californian californians floridian floridians alaskan alaskans
  orthodox evangelical evangelicals mormon mormons marxist marxists maoist maoists leninist leninists islamist
  islamists jihadist jihadists zionist zionists communist communists rohingya uighur uighurs uyghur uyghurs
  tamil tamils pashtun pashtuns hazara hazaras yazidi yazidis druze alawite alawites
  chechen chechens catalan catalans basque basques tibetan tibetans kashmiri kashmiris
  flemish walloon corsican corsicans sicilian sicilians sahrawi sahrawis
  hutu hutus tutsi tutsis kikuyu kikuyus luo luos tuareg tuaregs yoruba yorubas hausa hausas igbo igbos fulani
  zulu zulus xhosa xhosas amhara oromo oromos tigrayan tigrayans dinka dinkas nuer berber berbers
`);

/** Words for a people or a faith that are given names too ("Christian Lindner"). */
export const GIVEN_NAME_PEOPLES = set('christian');

/**
 * Places whose names are given names too ("Jordan Henderson", "Paris Hilton", "Israel Adesanya"): before a word
 * the lexicon does not know, and that is no plural, they open a person's name, not a body's ("Georgia Power").
 */
export const GIVEN_NAME_PLACES = set(`
  jordan paris georgia india israel chelsea austin dallas florence sydney savannah charlotte madison brooklyn
  victoria adelaide regina lincoln eugene tyler orlando chad aurora asia china kenya
`);

/** Regions and blocs general knowledge calls places (continents, "Middle East", supranational unions). */
export const REGION_PLACES: ReadonlySet<string> = new Set([
  'europe',
  'asia',
  'africa',
  'americas',
  'oceania',
  'antarctica',
  'america',
  'north america',
  'south america',
  'latin america',
  'central america',
  'middle east',
  'far east',
  'west bank',
  'gaza strip',
  'gaza',
  'balkans',
  'caribbean',
  'arctic',
  'scandinavia',
  'siberia',
  'european union',
  'eu',
  'persian gulf',
  'pacific',
  'atlantic',
  'mediterranean',
  'sahara',
  'west',
  'east',
  // States that no longer exist, which the country data leaves out.
  'soviet union',
  'ussr',
  'yugoslavia',
  'czechoslovakia',
  'east germany',
  'west germany',
  'ottoman empire',
  // Planets whose names are no common first names or words ("Venus", "Mercury", "Earth" are left out).
  'mars',
  'jupiter',
  'saturn',
  'neptune',
  'uranus',
  'pluto',
]);

export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');
export const MONTHS = set('january february march april may june july august september october november december');

/** Capitalised words that are never names on their own: calendar words, furniture, pronouns. */
export const NEVER_NAMES = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec gmt utc bst est edt
  pst cet et cst cdt mst mdt pdt cest eet eest msk jst aest aedt hkt sgt am pm a.m p.m comments comment i i'm i've i'd i'll ok okay oh yes no copyright
  image photo video update updated reuters-photo congrats congratulations bravo hello hi hey goodbye wow god
`);

/**
 * Names of styles of art and building, capitalised adjectives, no entities alone ("the Gothic masterpiece", "a
 * Baroque church"); a name they open stays ("the Gothic Quarter").
 */
export const STYLE_WORDS = set('gothic baroque romanesque rococo neoclassical neo-gothic art-deco modernist brutalist');

/** Acronyms of common nouns, never names in capitals ("GDP", "HIV", "AI"; "Ai Weiwei" is one). */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(
  'GDP GNP CPI VAT IPO HIV DNA RNA AI COVID SARS ICU GPS SUV TV DVD USB VIP HQ LNG CO2 IT LED LCD ATM SMS PDF MRI CCTV PPE GMO EV'.split(
    ' ',
  ),
);

/** Function words and frequent sentence openers, lower-cased. */
export const FUNCTION_WORDS = set(`
  a an the this that these those there here it its it's he she they we you i me him her them us our your
  their his my mine who whom whose which what when where why how whether if then than and or but nor so yet
  for of in on at by to from with without within into onto over under after before during since until
  about above below between among amid against along across through throughout toward towards upon around
  near despite although though while because as also only even just still already not no yes all any each
  every some many much more most few several both either neither other another such same own very too
  according later earlier meanwhile however therefore moreover furthermore further instead indeed perhaps
  today yesterday tomorrow tonight now then once again first second third last next new old one two three
  is are was were be been being has have had do does did will would shall should can could may might must
  said says say told asked added according-to following following-the unlike like besides apart inside
  outside beyond behind beneath beside via per plus minus let lets please thanks thank dear hello
  speaking asked asked-about when-asked meanwhile nevertheless nonetheless otherwise overall
`);

/** Connectors that may sit inside a name ("Bank of America", "Luis da Silva", "Ludwig van …"). */
export const NAME_PARTICLES = set(
  'de del della dello delle dei degli di da das do dos du dela delos los las van von der den des ter ten le la les bin ibn bint al el y',
);

/** Hyphen prefixes of Arabic names ("al-", "el-", "bin-"), lower-case in running text. */
export const HYPHEN_PARTICLES = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd|bint|ben)-\p{Lu}/u;

/** Suffixes of an abbreviation that keeps its period inside a name ("Apple Inc.", "St. Louis"). */
export const DOTTED_ABBREVIATIONS = set(
  'inc co corp ltd jr sr st mt ft bros plc mr mrs ms dr prof gen sen gov rep lt col capt sgt adm cmdr rev',
);

/** Reporting verbs after a name, a weak cue for person or organisation. */
export const SPEECH_VERBS = set(
  'said says told added explained stated noted argued claimed announced wrote insisted warned',
);

/** Prepositions after which an unknown single name reads as a place ("in Herat", "near Kabul"). */
export const PLACE_PREPOSITIONS = set('in near across throughout outside inside');

/** Lower-case nouns after a name that make it an organisation ("X headquarters", "X shares"). */
export const ORG_FOLLOWERS = set(`
  headquarters spokesman spokeswoman spokesperson shares stock stocks employees staff founder co-founder
  ceo executives executive chairman board shareholders investors subsidiary products brand stores
  customers workers members president chief software app platform program programme firms companies giants
  team squad hospital clinic leader leaders boss fighters militants jihadists insurgents guerrillas extremists
  gunmen loyalists coordinator director commander commanders
`);

/** Lower-case nouns after a name that make it a place ("the X region", "X province"). */
export const PLACE_FOLLOWERS = set(`
  region province state city county district area village town island capital countryside suburb
  neighbourhood neighborhood municipality prefecture mountains valley river desert plain plateau peninsula
  coast border crossing checkpoint spaceport cosmodrome airport airbase stadium arena port seaport harbour harbor
  resort square street avenue boulevard bridge dam canal strait bay lake beach camp cathedral basilica mosque
  temple shrine abbey monastery palace castle fortress spa lagoon volcano glacier archipelago islands estate
  galaxy constellation nebula circuit racecourse crater prison jail highway motorway expressway corridor enclave
  exclave frontier monument cave caves cavern mine forest rainforest reef gorge canyon museum gallery zoo theatre
  theater cinema shantytown slum favela township hamlet hub stronghold heartland outskirt
`);

/** Determiners before a role phrase ("the Lebanese militant group …"). */
export const DETERMINERS = set('the a an his her its their our my your this that these those');
