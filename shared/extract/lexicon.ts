/**
 * Word lists the rule-based extractor relies on, in one place so they can be
 * reviewed and grown together. All entries are compared lowercased.
 */

/**
 * Nouns that make a capitalised phrase a title or role when a name follows:
 * "Defense *Secretary* Delfin Lorenzana", "Russian *President* Vladimir Putin".
 */
export const TITLE_NOUNS = new Set([
  'president', 'vice', 'secretary', 'minister', 'senator', 'sen.', 'sen', 'representative', 'rep.', 'rep',
  'congressman', 'congresswoman', 'governor', 'gov.', 'gov', 'mayor', 'chairman', 'chairwoman', 'chair', 'director',
  'spokesman', 'spokeswoman', 'spokesperson', 'judge', 'justice', 'general', 'gen.', 'colonel', 'col.', 'lieutenant',
  'lt.', 'captain', 'capt.', 'admiral', 'adm.', 'sergeant', 'sgt.', 'chief', 'commissioner', 'ambassador', 'king',
  'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop', 'rev.', 'reverend', 'father', 'sheikh', 'chancellor',
  'premier', 'leader', 'speaker', 'attorney', 'prosecutor', 'candidate', 'nominee', 'ceo', 'chairperson', 'coach',
  'officer', 'inspector', 'superintendent', 'professor', 'prof.', 'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms',
  'sir', 'dame', 'lord', 'lady', 'deputy', 'undersecretary', 'assistant', 'executive', 'founder', 'manager',
  // Occupations written before a name at the start of a sentence: "*Activist* Shaun King led the march."
  'activist', 'author', 'actor', 'actress', 'businessman', 'businesswoman', 'billionaire', 'columnist', 'commentator',
  'comedian', 'economist', 'pollster', 'strategist', 'rapper', 'singer', 'filmmaker', 'journalist', 'analyst',
  // Staff and press roles in US political news: "Senior *Adviser* David Axelrod", "Minority *Whip* Dick Durbin".
  'adviser', 'advisor', 'aide', 'whip', 'sheriff', 'alderman', 'councilman', 'councilwoman', 'treasurer',
  'secretary-treasurer', 'editor', 'editor-in-chief', 'correspondent', 'anchor', 'host', 'pastor', 'lawmaker',
  // Clergy and debate roles: "*Rabbi* Marvin Hier", "*Moderator* Hugh Hewitt".
  'rabbi', 'imam', 'moderator',
]);

/** Head words of organisations: "Department of Foreign Affairs", "Philippine National Police". */
export const ORG_WORDS = new Set([
  'department', 'ministry', 'service', 'services', 'group', 'police', 'navy', 'army', 'fleet', 'embassy', 'consulate',
  'party', 'committee', 'commission', 'council', 'agency', 'bureau', 'office', 'bank', 'company', 'corporation',
  'corp.', 'corp', 'inc.', 'inc', 'ltd', 'ltd.', 'llc', 'university', 'college', 'institute', 'institution',
  'association', 'union', 'court', 'senate', 'congress', 'parliament', 'administration', 'campaign', 'foundation',
  'times', 'post', 'news', 'network', 'press', 'airlines', 'airways', 'forces', 'force', 'guard', 'authority',
  'board', 'center', 'centre', 'organization', 'organisation', 'federation', 'league', 'club', 'team', 'church',
  'school', 'hospital', 'cabinet', 'government', 'house', 'assembly', 'tribunal', 'reuters', 'fund', 'trust',
  'coalition', 'alliance', 'movement', 'front', 'brigade', 'battalion', 'corps', 'command', 'unit', 'secretariat',
  'journal', 'tribune', 'herald', 'gazette', 'inquirer', 'review', 'magazine', 'channel', 'television', 'radio',
  'studios', 'holdings', 'partners', 'systems', 'technologies', 'motors', 'pharmaceuticals', 'energy',
]);

/** Head words of named events: "Moscow Conference on International Security", "APEC Summit". */
export const EVENT_WORDS = new Set([
  'conference', 'summit', 'program', 'programme', 'games', 'olympics', 'cup', 'championship', 'championships',
  'forum', 'festival', 'convention', 'war', 'debate', 'primary', 'caucus', 'caucuses', 'election', 'expo', 'talks',
  'meeting', 'tournament', 'open', 'marathon', 'awards', 'exercise', 'exercises', 'dialogue', 'symposium', 'prix',
  'series',
]);

/**
 * Last words of named buildings, venues and natural places, which are
 * locations: "Trump Tower", "Progressive Field", "Fifth Avenue".
 */
export const FACILITY_WORDS = new Set([
  'tower', 'towers', 'field', 'stadium', 'arena', 'square', 'street', 'avenue', 'boulevard', 'road', 'park', 'airport',
  'station', 'bridge', 'palace', 'hall', 'circuit', 'speedway', 'building', 'plaza', 'highway', 'island', 'islands',
  'river', 'lake', 'mountain', 'mountains', 'sea', 'ocean', 'bay', 'valley', 'beach', 'harbor', 'harbour', 'port',
  'strait', 'peninsula', 'desert', 'canal', 'gardens', 'mall', 'garden', 'room',
]);

/**
 * Rooms and buildings named with an organisation's head word, which are
 * places, not bodies: "spoke from the *Oval Office*".
 */
export const FACILITY_NAMES = new Set(['oval office', 'old post office', 'old executive office building']);

/**
 * Heads of bodies and events named for their subject, which "on" may
 * continue: "Council *on* Foreign Relations", "Select Committee *on*
 * Benghazi", "Conference *on* Disarmament". After other heads "on" starts
 * the sentence's own phrase: "Hofstra University | on Long Island".
 */
export const SUBJECT_HEADS = new Set([
  'committee', 'subcommittee', 'commission', 'council', 'center', 'centre', 'institute', 'task', 'force', 'panel',
  'group', 'project', 'coalition', 'caucus',
]);

/**
 * Last words of laws, treaties and programmes, which are not people: "the
 * Affordable Care *Act*", "the Paris *Agreement*", "the Hyde *Amendment*",
 * "the Clean Power *Plan*".
 */
export const LAW_WORDS = new Set([
  'act', 'acts', 'agreement', 'treaty', 'amendment', 'accord', 'accords', 'pact', 'protocol', 'doctrine', 'bill',
  'plan', 'initiative', 'law', 'deal', 'charter', 'resolution', 'directive', 'compact', 'program', 'programme',
]);

/**
 * Nouns for groups of people by party, faith, origin or standing, which end
 * names of groups, not of people: "Reagan *Democrats*", "Log Cabin
 * *Republicans*", "Irish *Catholic*", "Iraq and Afghanistan *Veterans*".
 * Nationality words ("African *Americans*") are found by places.ts.
 */
export const GROUP_NOUNS = new Set([
  'democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'evangelicals', 'evangelical', 'veterans',
  'voters', 'muslims', 'muslim', 'christians', 'christian', 'jews', 'jew', 'catholics', 'catholic', 'protestants',
  'hispanics', 'hispanic', 'latinos', 'latino', 'latinas', 'latina', 'immigrants', 'independents', 'libertarians',
  'socialists', 'mormons', 'mormon',
]);

/**
 * Words that may stand between a country and the state body it names:
 * "the Chinese *foreign* ministry", "Libyan *security* forces". Any other
 * word makes the phrase something else: "the Chinese have built military
 * bases", "a Chinese security guard" (a person).
 */
export const STATE_BODY_MODIFIERS = new Set([
  'foreign', 'state', 'defense', 'defence', 'interior', 'justice', 'federal', 'national', 'armed', 'ground', 'military',
  'border', 'coast', 'central', 'local', 'provincial', 'regional', 'special', 'riot', 'secret', 'intelligence',
  'security', 'affairs', 'naval', 'air', 'revolutionary', 'civil', 'public', 'health', 'finance', 'trade', 'home',
]);

/**
 * Reporting verbs that end a title-case headline after its subject, never a
 * name: "Former Press Secretary *Says* …", "Governor *Warns* …". ("Said" is
 * a surname: Edward Said.)
 */
export const HEADLINE_REPORTING_VERBS = new Set([
  'says', 'tells', 'warns', 'slams', 'blasts', 'urges', 'claims', 'admits', 'vows', 'reveals', 'denies', 'calls',
]);

/**
 * Lowercase heads that, after a country, name a state body: "US *state
 * department*", "Chinese foreign *ministry*", "Russian *navy*".
 */
export const STATE_BODY_WORDS = new Set([
  'department', 'ministry', 'government', 'embassy', 'consulate', 'army', 'navy', 'military', 'police', 'parliament',
  'congress', 'senate', 'administration', 'authorities', 'cabinet', 'guard', 'force', 'forces',
]);

/**
 * US party words in the singular: an adjective or a member, never an entity
 * on their own ("the *Republican* nominee", "a *Democrat* from Ohio"), and a
 * title before a name ("*Republican* Donald Trump"). The plurals name the
 * party's people as a group ("*Republicans* said …") and stay entities.
 */
export const PARTY_WORDS = new Set(['democrat', 'democratic', 'republican', 'libertarian']);

/**
 * Single-word names of the largest platforms, outlets and pollsters, which
 * carry no organisation head word: "*Politico* reported", "said on
 * *Twitter*". Kept short; written brand names with an inner capital
 * ("BuzzFeed", "YouTube") are recognised by their shape instead.
 */
export const MEDIA_NAMES = new Set([
  'twitter', 'facebook', 'instagram', 'snapchat', 'reddit', 'google', 'politico', 'bloomberg', 'guardian', 'breitbart',
  'gallup', 'quinnipiac', 'rasmussen', 'univision', 'telemundo', 'axios', 'vox',
]);

/** Lowercase words that may join the parts of an organisation or event name after its head word. */
export const NAME_CONNECTORS = new Set(['of', 'on', 'for', 'in', 'de', 'the']);

/** Subject pronouns, which make a phrase a clause: "*she* tries", "*it*'s so nice". */
export const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** Days of the week, which are never names: "won New Hampshire *Tuesday*". */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Capitalised words that are not names (or not on their own): sentence
 * openers, pronouns, months and days, and common news words.
 */
export const NOT_NAMES = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'who', 'what', 'when', 'where',
  'why', 'how', 'which', 'while', 'if', 'but', 'and', 'or', 'so', 'yet', 'for', 'nor', 'as', 'at', 'by', 'in', 'on',
  'of', 'to', 'from', 'with', 'without', 'after', 'before', 'during', 'since', 'until', 'about', 'against',
  'however', 'meanwhile', 'also', 'just', 'last', 'next', 'earlier', 'later', 'now', 'then', 'today', 'yesterday',
  'tomorrow', 'still', 'even', 'only', 'some', 'many', 'most', 'more', 'several', 'all', 'both', 'each', 'every',
  'no', 'not', 'one', 'two', 'three', 'first', 'second', 'new', 'other', 'another', 'such', 'read', 'related',
  'according', 'despite', 'although', 'though', 'because', 'instead', 'indeed', 'yes', 'oh', 'well', 'asked',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', ...WEEKDAYS, 'mr', 'mrs', 'ms',
  'sources', 'officials', 'police', 'reporters', 'photo', 'image', 'video', 'advertisement', 'update', 'breaking',
  'under', 'over', 'into', 'through', 'via', 'per', 'once', 'again', 'like', 'unlike', 'whether', 'do', 'does',
  'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can',
  'might', 'must', 'let', 'please', 'thank', 'thanks', 'dear', 'hello', 'good', 'great', 'don’t',
  // Quantifiers and indefinite pronouns: "*Among* those present was …", "*Neither* campaign replied."
  'among', 'neither', 'either', 'none', 'few', 'others', 'everyone', 'everybody', 'someone', 'somebody', 'nobody',
  'anyone', 'anybody', 'any', 'much', 'half',
  // Common nouns that open news sentences: "*People* lined up for hours.", "*Top* aides said …"
  'people', 'top',
  // Prepositions and adverbs before a name in headlines and openers: "a race *Between* Clinton and Sanders".
  'between', 'perhaps', 'behind', 'beyond', 'toward', 'towards', 'within', 'amid',
]);

/**
 * Function words that a name never carries capitalised inside it. Inside a
 * run of capitalised words they mark a title-case headline, not a name:
 * "Governor Says He *Will* Sign *The* Bill *On* Friday".
 */
export const HEADLINE_WORDS = new Set([
  'a', 'an', 'the', 'to', 'of', 'on', 'in', 'at', 'by', 'for', 'with', 'from', 'and', 'or', 'is', 'are', 'was',
  'were', 'be', 'not', 'his', 'her', 'their', 'its', 'he', 'she', 'they', 'has', 'have', 'had', 'as', 'into',
  'over', 'about', 'against', 'after', 'that', 'who', 'than', 'if', 'but',
]);

/** Abbreviated months, not names when a period or a day follows: "on *Feb.* 9", "*Sept* 11". */
export const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Number words, alone or hyphenated: "*Twenty-four* states …", "*Hundreds* marched". */
export const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion',
  'billions', 'dozen', 'dozens', 'scores',
]);
