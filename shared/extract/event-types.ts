/**
 * The event taxonomy: every event type the extractor knows, its CAMEO code
 * where CAMEO has one, and the words that trigger it, in one place.
 *
 * A type is triggered by
 * - `verbs`: lemmas, matched in every inflection ("meet" → meets, met, meeting);
 * - `nouns`: nouns or noun compounds, as written ("meeting", "port call"),
 *   which take in a light verb just before them ("*held* a briefing",
 *   "*staged* a protest", "*sparks* outrage");
 * - `states`: adjectives and participles after a form of "be" or on their
 *   own in a headline ("fans *are outraged*", "UK *outraged* over …").
 * `objects` restricts a type's verbs to those followed, within four words,
 * by one of the listed nouns ("finalize a framework *agreement*"), and the
 * trigger then runs from the verb to that noun. `requires` asks for one of
 * its words in the trigger or the five words after it ("stopped the sale
 * of assault *rifles*"). The first matching type in table order wins, so a
 * specific type stands before the general one it narrows.
 *
 * Everyday political news uses many trigger words in other senses, so a
 * type may also say which senses it does not mean: `notObjects` (within
 * six words of the verb: "met *resistance*", "winning *praise*"),
 * `notParticles` (the word right after the verb: "win *over* donors"),
 * `context` (a word anywhere in the sentence the sense needs: an attack is
 * force only beside "troops", "terror", "killed" …), `agents` (which
 * participants must be able to act: a person, an organisation, a country or
 * a noun for people, not "the plan" or "South America") and
 * `nounsNeedOccasion` (a bare noun is an event only when the sentence dates
 * it or tells it in the past: "*the* primary *on Tuesday*", not "the
 * election" as a topic). `subjects` makes a verb a type only after one of
 * its words as subject ("the *council* voted"), and `ofIsWhom` reads the
 * name after "of" as the target ("the invasion *of Iraq*"), not the doer.
 *
 * Decisions on senses political news mixes up:
 * - A vote in a legislature, council or court on a measure is no election:
 *   it is typed LEGISLATIVE_VOTE (no CAMEO code), told by its subject ("the
 *   Senate voted", "senators to vote") or its object ("voted for the bill").
 *   Voting for a person, and voters voting, stay ELECTION.
 * - A legal charge ("was charged with assault", "police charged him") is
 *   ARREST, CAMEO 173 "arrest, detain or charge with legal action"; "charge"
 *   is an accusation only as "charged that …" or "charged X with …".
 * - A document that accuses or criticises ("the letter accuses …", "ads
 *   that attack Trump") speaks for its authors; it is no agent, so such an
 *   event keeps its target and has no who.
 */

export interface EventTypeDefinition {
  type: string;
  /** CAMEO event code (Conflict and Mediation Event Observations, v1.1b3). */
  cameo?: string;
  description: string;
  verbs?: string[];
  nouns?: string[];
  states?: string[];
  objects?: string[];
  /** Objects that mean something else: one "meets expectations", not a person. */
  notObjects?: string[];
  requires?: string[];
  /** Words right after a verb that make it another verb: "win *over* donors", "edging *closer*". */
  notParticles?: string[];
  /** One of these words must be in the sentence: "attacked" is force only with "troops", "terror", "killed" …. */
  context?: string[];
  /** Participants that must be agents (people, organisations, countries, nouns for people): "the plan met …" is no meeting. */
  agents?: 'who' | 'both';
  /** A noun without a light verb is an event only with a time or a past tense in its sentence. */
  nounsNeedOccasion?: boolean;
  /** Verbs of motion count only with a place after them: "lands in Washington", "arrived at the White House". */
  needsPlace?: boolean;
  /** The place is the verb's object, not a participant: "visits *Moscow*", "a trip *to* Oslo". */
  placeAsObject?: boolean;
  /** Head nouns of the verb's subject that the type needs: "the *council* voted", "*senators* to vote". */
  subjects?: string[];
  /** A name after "of" is the target, not the doer: "the invasion *of Iraq*", "the murder *of* a journalist". */
  ofIsWhom?: boolean;
  /** Example triggers in context, for readers and tests. */
  examples: string[];
}

const AGREEMENTS = ['agreement', 'agreements', 'deal', 'deals', 'accord', 'accords', 'treaty', 'treaties', 'pact', 'contract', 'memorandum', 'mou', 'ceasefire', 'truce'];
const AID = ['sale', 'sales', 'aid', 'assistance', 'delivery', 'deliveries', 'shipment', 'shipments', 'supply', 'supplies', 'transfer', 'transfers', 'funding', 'exports'];
/** What one "meets" that is no one to talk to: requirements, a reception ("met with resistance"), an end. */
const OTHER_SENSES_OF_MEET = [
  'expectations', 'demand', 'demands', 'needs', 'requirement', 'requirements', 'deadline', 'deadlines', 'target', 'targets', 'goal', 'goals',
  'criteria', 'standard', 'standards', 'threshold', 'norms', 'obligations', 'qualifications', 'quota', 'test', 'challenge', 'challenges',
  'resistance', 'opposition', 'skepticism', 'scepticism', 'criticism', 'relief', 'applause', 'silence', 'approval', 'disapproval', 'derision',
  'outrage', 'protests', 'fate', 'death',
];
/** What one wins or loses that is no contest: "winning praise", "lose sight of", "beating their chest". */
const OTHER_SENSES_OF_WIN = [
  'praise', 'support', 'approval', 'backing', 'endorsement', 'endorsements', 'favor', 'favour', 'respect', 'trust', 'confidence', 'hearts',
  'sight', 'ground', 'touch', 'interest', 'jobs', 'job', 'money', 'weight', 'life', 'lives', 'temper', 'patience', 'track', 'faith', 'control',
  'chest', 'chests', 'drum', 'farm', 'home', 'homes', 'insurance', 'coverage', 'benefits', 'access', 'steam', 'momentum', 'friends', 'sleep',
  'billions', 'millions', 'dollars',
];
/** Sentence words that make "attack" the use of force, not words: "the terror attack", "troops attacked". */
const FORCE = [
  'terror', 'terrorist', 'terrorists', 'terrorism', 'militant', 'militants', 'gunman', 'gunmen', 'bomb', 'bombs', 'bomber', 'suicide',
  'troops', 'soldiers', 'military', 'army', 'forces', 'killed', 'kill', 'killing', 'dead', 'wounded', 'injured', 'chemical', 'weapons',
  'missile', 'missiles', 'rocket', 'rockets', 'airstrikes', 'barracks', 'armed', 'isis', 'isil', 'qaeda', 'shooting', 'massacre',
  'casualties', 'victims', 'rebels', 'insurgents', 'jihadists', 'knife', 'explosives', 'planes', 'drone', 'drones',
];
/** Measures that legislatures, councils and courts vote on: "voted for the *resolution*", "a vote on the *bill*". */
const MEASURES = [
  'bill', 'bills', 'resolution', 'resolutions', 'measure', 'measures', 'amendment', 'amendments', 'legislation', 'law', 'laws', 'act',
  'motion', 'ordinance', 'budget', 'repeal', 'war', 'treaty', 'pact', 'deal', 'impeachment', 'confirmation', 'override', 'package', 'proposal',
];
/** Bodies and members that vote on measures: "the *council* voted 6-1", "*senators* to vote". */
const LEGISLATORS = [
  'senate', 'house', 'congress', 'council', 'committee', 'subcommittee', 'legislature', 'parliament', 'assembly', 'court', 'justices', 'judges',
  'senators', 'lawmakers', 'legislators', 'representatives', 'congressmen', 'members', 'board', 'commission', 'panel', 'chamber',
];
/** Crimes one is charged with: "charged *with assault*". */
const CRIMES = [
  'assault', 'battery', 'murder', 'manslaughter', 'homicide', 'fraud', 'crime', 'crimes', 'felony', 'felonies', 'misdemeanor', 'misdemeanors',
  'count', 'counts', 'conspiracy', 'theft', 'trespassing', 'possession', 'bribery', 'perjury', 'obstruction', 'treason', 'terrorism', 'kidnapping',
  'rape', 'robbery', 'burglary', 'contempt', 'corruption', 'embezzlement', 'extortion', 'racketeering', 'disorderly', 'dui', 'criminal', 'bribes',
];
const COOPERATION = ['cooperation', 'cooperate', 'collaboration', 'collaborate', 'together', 'ties', 'relations', 'partnership', 'alliance', 'engagement'];

export const EVENT_TYPES: readonly EventTypeDefinition[] = [
  {
    type: 'EXPRESS_INTENT_TO_COOPERATE', cameo: '036', description: 'express intent to meet, negotiate or cooperate',
    verbs: ['agree', 'pledge', 'vow', 'promise', 'commit', 'offer', 'seek', 'propose'], objects: COOPERATION,
    nouns: ['willingness'],
    examples: ['agreed to further bolster cooperation', 'pledged to work together', 'expressed willingness to explore closer ties'],
  },
  {
    type: 'SIGN_AGREEMENT', cameo: '057', description: 'sign or finalise a formal agreement', agents: 'who',
    verbs: ['sign', 'finalize', 'finalise', 'conclude', 'ink', 'seal', 'reach', 'strike', 'broker'], objects: AGREEMENTS,
    examples: ['finalize a framework agreement', 'signed a trade deal', 'reached a ceasefire'],
  },
  {
    type: 'HALT_MILITARY_AID', cameo: '1622', description: 'reduce or stop military assistance (arms sales, deliveries)',
    verbs: ['stop', 'halt', 'suspend', 'cancel', 'block', 'freeze', 'withhold', 'cut', 'ban', 'scrap'], objects: AID,
    requires: ['arms', 'weapons', 'weapon', 'rifles', 'rifle', 'military', 'missiles', 'ammunition', 'jets', 'guns', 'defense', 'defence'],
    examples: ['stopped the planned sale of assault rifles', 'suspended military aid'],
  },
  {
    type: 'HALT_AID', cameo: '162', description: 'reduce or stop material aid',
    verbs: ['stop', 'halt', 'suspend', 'cancel', 'block', 'freeze', 'withhold', 'cut', 'scrap'], objects: AID,
    examples: ['froze aid', 'cut funding'],
  },
  {
    type: 'IMPOSE_SANCTIONS', cameo: '163', description: 'impose an embargo, boycott or sanctions',
    verbs: ['impose', 'slap', 'announce', 'extend', 'tighten'], objects: ['sanctions', 'embargo', 'boycott', 'tariffs', 'ban'],
    nouns: ['sanctions', 'embargo', 'boycott'],
    examples: ['imposed sanctions on', 'an arms embargo'],
  },
  {
    type: 'HOST_BRIEFING', cameo: '043', description: 'host a visit, briefing or reception',
    verbs: ['hold', 'give', 'conduct', 'organize', 'organise', 'host'], objects: ['briefing', 'briefings', 'reception', 'presentation', 'demonstration', 'showcase'],
    examples: ['held a briefing for the embassy', 'hosted a reception'],
  },
  {
    type: 'MEET', cameo: '040', description: 'meet, consult or hold talks',
    verbs: ['meet', 'confer'], nouns: ['meeting', 'meetings', 'talks', 'summit', 'consultations'],
    notObjects: OTHER_SENSES_OF_MEET, agents: 'both',
    examples: ['met with his Russian counterpart', 'had his first bilateral meeting with', 'held talks'],
  },
  {
    type: 'VISIT', cameo: '042', description: 'make a visit', placeAsObject: true, agents: 'who',
    verbs: ['visit', 'tour'], nouns: ['visit', 'visits', 'port call', 'state visit', 'trip', 'tour'],
    examples: ['visits Moscow next month', 'had a 4-day port call in Manila'],
  },
  {
    type: 'TRAVEL', cameo: '042', description: 'travel to, arrive at or land in a place', needsPlace: true, placeAsObject: true,
    verbs: ['arrive', 'land', 'travel', 'fly', 'return'], nouns: ['arrival'],
    examples: ['lands in Washington', 'arrived at the White House'],
  },
  {
    type: 'PRAISE', cameo: '051', description: 'praise or endorse', agents: 'who',
    verbs: ['praise', 'hail', 'applaud', 'commend', 'congratulate', 'endorse', 'laud', 'salute'], nouns: ['praise', 'tribute'],
    examples: ['hails Max Verstappen’s performance', 'endorsed the candidate'],
  },
  {
    type: 'CRITICIZE', cameo: '111', description: 'criticize, denounce or rebuke', agents: 'who',
    verbs: ['criticize', 'criticise', 'condemn', 'denounce', 'slam', 'blast', 'rebuke', 'decry', 'lambast'],
    examples: ['slammed the decision', 'condemned the attack'],
  },
  {
    // What angers people is the subject here, a thing as often as not: "triangle change upsets fans".
    type: 'CRITICIZE', cameo: '111', description: 'voice outrage, or cause it',
    verbs: ['upset', 'anger', 'outrage', 'infuriate', 'enrage'],
    nouns: ['criticism', 'outrage', 'anger', 'backlash', 'fury', 'condemnation', 'uproar', 'outcry', 'under fire'],
    states: ['outraged', 'angry', 'furious', 'upset', 'pissed', 'unhappy', 'livid', 'angered', 'incensed'],
    examples: ['sparks outrage', 'has come under fire', 'fans are outraged', 'triangle change upsets fans'],
  },
  {
    // Before ACCUSE: a charge with a crime, or by the police, is legal action ("was charged with assault").
    type: 'ARREST', cameo: '173', description: 'charge with a crime', agents: 'both',
    verbs: ['charge'], requires: CRIMES, nouns: ['criminal charges', 'criminal charge', 'drug charge', 'drug charges', 'felony charges', 'federal charges'],
    examples: ['was charged with assault', 'faces a drug charge'],
  },
  {
    type: 'ARREST', cameo: '173', description: 'charge with a crime, said of the police', agents: 'both',
    verbs: ['charge'], subjects: ['police', 'prosecutors', 'prosecutor', 'authorities', 'attorney', 'investigators', 'officers', 'fbi', 'sheriff'],
    examples: ['police charged a man'],
  },
  {
    type: 'ACCUSE', cameo: '112', description: 'accuse or blame', agents: 'who',
    verbs: ['accuse', 'blame'],
    examples: ['blame the new shape on Brexit', 'accused the government of'],
  },
  {
    // "Charge" accuses only with what of: "charged that …", "charged Clinton with …"; not "charges $20,000", "politically charged".
    type: 'ACCUSE', cameo: '112', description: 'charge someone with a wrong', agents: 'who',
    verbs: ['charge'], requires: ['that', 'with'],
    examples: ['Sanders charged that the system is rigged'],
  },
  {
    type: 'THREATEN', cameo: '130', description: 'threaten', agents: 'who',
    verbs: ['threaten', 'warn'], nouns: ['threat', 'threats', 'ultimatum'],
    examples: ['threatened to impose tariffs', 'issued an ultimatum'],
  },
  {
    type: 'PROTEST', cameo: '141', description: 'demonstrate, rally or protest', agents: 'who',
    verbs: ['protest', 'rally', 'demonstrate', 'march', 'picket'], nouns: ['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'march', 'sit-in', 'vigil'],
    examples: ['protests outside Trump Tower', 'staged a protest', 'thousands rallied'],
  },
  {
    type: 'ARREST', cameo: '173', description: 'arrest, detain or charge with legal action', agents: 'both',
    verbs: ['arrest', 'detain', 'apprehend', 'indict', 'jail', 'imprison'], nouns: ['arrest', 'arrests', 'detention', 'indictment'], ofIsWhom: true,
    examples: ['police arrested a man', 'was detained at the airport', 'was indicted on'],
  },
  {
    type: 'COURT_RULING', description: 'convict, acquit, sentence or rule in court',
    verbs: ['convict', 'acquit', 'sentence', 'overturn', 'uphold'], nouns: ['verdict', 'ruling', 'conviction', 'acquittal', 'sentence'], ofIsWhom: true,
    examples: ['was sentenced to five years', 'the court upheld the ruling'],
  },
  {
    type: 'ATTACK', cameo: '190', description: 'use conventional force: attack, bomb, raid',
    verbs: ['attack'], nouns: ['attack', 'attacks'], context: FORCE, ofIsWhom: true,
    examples: ['gunmen attacked a checkpoint', 'the terror attack', 'troops attacked the town'],
  },
  {
    type: 'CRITICIZE', cameo: '111', description: 'attack in words: an attack without force is criticism', agents: 'who',
    verbs: ['attack'], nouns: ['attack', 'attacks'], ofIsWhom: true,
    examples: ['Trump attacked Clinton’s record', 'his attacks on the plan'],
  },
  {
    type: 'ATTACK', cameo: '190', description: 'use conventional force: bomb, raid, invade',
    verbs: ['bomb', 'shell', 'raid', 'invade', 'ambush', 'stab'], nouns: ['bombing', 'airstrike', 'airstrikes', 'air strike', 'raid', 'invasion', 'explosion', 'blast'],
    notParticles: ['out'], ofIsWhom: true,
    examples: ['a suicide bombing', 'troops invaded'],
  },
  {
    type: 'SHOOTING', cameo: '193', description: 'fight with small arms: shootings, gunfire',
    verbs: ['shoot'], nouns: ['shooting', 'shootings', 'gunfire', 'shootout'],
    examples: ['a gunman shot three people', 'the shooting at the school'],
  },
  {
    type: 'KILL', cameo: '1823', description: 'kill',
    verbs: ['kill', 'murder', 'assassinate', 'slay'], nouns: ['killing', 'murder', 'assassination'], ofIsWhom: true,
    examples: ['killed two soldiers', 'the murder of a journalist'],
  },
  {
    type: 'ACCIDENT', description: 'accidents: crashes, collisions, derailments',
    verbs: ['crash', 'collide', 'derail', 'capsize', 'sink', 'spin'], nouns: ['crash', 'crashes', 'collision', 'accident', 'derailment', 'shunt'],
    examples: ['crashed out in the treacherous conditions', 'narrowly avoids crash', 'a train derailed'],
  },
  {
    type: 'DISASTER', description: 'natural disasters',
    verbs: ['flood', 'erupt'], nouns: ['earthquake', 'quake', 'flood', 'floods', 'flooding', 'hurricane', 'typhoon', 'cyclone', 'storm', 'wildfire', 'landslide', 'tsunami', 'drought', 'eruption'],
    examples: ['an earthquake struck', 'floods swept the region'],
  },
  {
    // Before ELECTION: a vote on a measure, or by a legislature, council or court, elects no one.
    type: 'LEGISLATIVE_VOTE', description: 'a vote on a measure in a legislature, council or court', agents: 'who',
    verbs: ['vote'], objects: MEASURES,
    examples: ['the council voted 6-1 for the resolution', 'voted against the bill'],
  },
  {
    type: 'LEGISLATIVE_VOTE', description: 'a vote by a legislature, council or court', agents: 'who',
    verbs: ['vote'], subjects: LEGISLATORS,
    examples: ['the Senate voted 52-48', 'one of a dozen senators to vote for it'],
  },
  {
    type: 'ELECTION', description: 'elections, votes and their results', agents: 'who', nounsNeedOccasion: true, ofIsWhom: true,
    verbs: ['elect', 're-elect', 'vote'], nouns: ['election', 'elections', 'vote', 'referendum', 'primary', 'ballot'], notObjects: MEASURES,
    examples: ['was elected president', 'voters went to the polls in the election'],
  },
  {
    type: 'APPOINT', description: 'appointments, nominations, resignations and dismissals',
    verbs: ['appoint', 'nominate', 'resign', 'fire', 'sack', 'dismiss', 'swear'], nouns: ['appointment', 'nomination', 'resignation', 'inauguration'],
    examples: ['appointed a new defense secretary', 'resigned on Friday', 'is sworn into office'],
  },
  {
    type: 'RETIRE', description: 'retirements, farewells and departures',
    verbs: ['retire', 'quit'], nouns: ['farewell', 'retirement', 'send-off', 'departure'],
    examples: ['makes an emotional farewell', 'will retire at the end of the season'],
  },
  {
    type: 'SUSPEND', description: 'events halted, suspended, postponed or called off',
    verbs: ['halt', 'suspend', 'postpone', 'red-flag', 'delay'], nouns: ['suspension', 'postponement', 'red flag'],
    examples: ['Brazil GP red-flagged after crash', 'the race was halted after 20 laps'],
  },
  {
    type: 'IMPRESS', description: 'performances that amaze, stun or impress others',
    verbs: ['amaze', 'stun', 'impress', 'wow', 'dazzle', 'astonish', 'thrill'],
    examples: ['Verstappen amazes Red Bull principal Christian Horner', 'stuns his dad'],
  },
  {
    type: 'CELEBRATE', description: 'celebrations, parades and tributes',
    verbs: ['celebrate'], nouns: ['celebration', 'celebrations', 'parade', 'festivities'],
    examples: ['lead celebrations', 'fans celebrate first triumph'],
  },
  {
    type: 'WIN', description: 'sports and contest results: wins, defeats, titles', agents: 'who', nounsNeedOccasion: true,
    verbs: ['win', 'beat', 'defeat', 'clinch', 'triumph', 'lose', 'edge', 'thrash', 'rout'], nouns: ['victory', 'win', 'triumph', 'defeat', 'title', 'champions'],
    notObjects: OTHER_SENSES_OF_WIN, notParticles: ['over', 'back', 'closer', 'toward', 'towards', 'up', 'down', 'higher', 'lower', 'around'],
    examples: ['Cubs win World Series', 'beat the Cleveland Indians 8-7', 'are World Series champions'],
  },
  {
    type: 'BUSINESS_CHANGE', description: 'economic results and business decisions: prices, jobs, products, deals',
    verbs: ['raise', 'cut', 'reduce', 'increase', 'shrink', 'alter', 'change', 'lower', 'hike', 'widen', 'redesign', 'acquire', 'buy', 'merge', 'report', 'post'],
    objects: ['price', 'prices', 'cost', 'costs', 'weight', 'size', 'shape', 'jobs', 'rates', 'rate', 'production', 'output', 'dividend', 'gap', 'gaps', 'profit', 'profits', 'loss', 'losses', 'revenue', 'stake', 'company', 'bar', 'bars'],
    nouns: ['layoffs', 'acquisition', 'merger', 'takeover', 'bankruptcy'],
    examples: ['Toblerone alters shape of 2 chocolate bars', 'raised prices', 'posted a quarterly loss'],
  },
];

/** Verbs that carry a noun trigger: "*held* a briefing", "*had* a port call", "*sparks* outrage". */
export const LIGHT_VERBS = [
  'have', 'hold', 'stage', 'make', 'pay', 'conduct', 'give', 'launch', 'spark', 'provoke', 'draw', 'face', 'cause',
  'trigger', 'come', 'carry', 'express', 'lead', 'win', 'suffer', 'survive', 'avoid', 'escape', 'announce', 'mount',
  'claim', 'secure', 'clinch', 'bid', 'bring',
];

