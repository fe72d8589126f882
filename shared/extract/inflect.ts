/**
 * English verb inflection, shared by the event taxonomy and the quote-cue
 * lexicon: every written form of a lemma from regular rules plus a table of
 * the irregular ones.
 */

/** Past forms the simple rules get wrong. */
const PAST: Record<string, string[]> = {
  meet: ['met'], hold: ['held'], make: ['made'], pay: ['paid'], give: ['gave', 'given'], win: ['won'], beat: ['beat', 'beaten'],
  lead: ['led'], fight: ['fought'], shoot: ['shot'], strike: ['struck'], sell: ['sold'], fly: ['flew', 'flown'], lose: ['lost'],
  sink: ['sank', 'sunk'], have: ['had'], seek: ['sought'], spin: ['spun'], come: ['came'], swear: ['swore', 'sworn'],
  draw: ['drew', 'drawn'], slay: ['slew', 'slain'], buy: ['bought'], cut: ['cut'], bring: ['brought'], take: ['took', 'taken'],
  upset: ['upset'], quit: ['quit'], bid: ['bid'], freeze: ['froze', 'frozen'], withhold: ['withheld'], uphold: ['upheld'],
  shrink: ['shrank', 'shrunk'], say: ['said'], tell: ['told'], write: ['wrote', 'written'], think: ['thought'],
  find: ['found'], show: ['showed', 'shown'], know: ['knew', 'known'], understand: ['understood'], feel: ['felt'],
  begin: ['began', 'begun'], go: ['went', 'gone'], speak: ['spoke', 'spoken'], lay: ['laid'], throw: ['threw', 'thrown'],
  see: ['saw', 'seen'], foresee: ['foresaw', 'foreseen'], put: ['put'], read: ['read'],
  stand: ['stood'], sit: ['sat'], run: ['ran'], get: ['got', 'gotten'], keep: ['kept'], leave: ['left'], send: ['sent'],
  spend: ['spent'], become: ['became'], fall: ['fell', 'fallen'], rise: ['rose', 'risen'], break: ['broke', 'broken'],
  choose: ['chose', 'chosen'], drive: ['drove', 'driven'], grow: ['grew', 'grown'], ride: ['rode', 'ridden'],
  shake: ['shook', 'shaken'], stick: ['stuck'], wear: ['wore', 'worn'], blow: ['blew', 'blown'], feed: ['fed'], flee: ['fled'],
  mislead: ['misled'], overcome: ['overcame'], withdraw: ['withdrew', 'withdrawn'], cast: ['cast'], spread: ['spread'],
  swing: ['swung'], hide: ['hid', 'hidden'], steal: ['stole', 'stolen'], build: ['built'], lend: ['lent'], deal: ['dealt'],
  hear: ['heard'], mean: ['meant'], teach: ['taught'], catch: ['caught'], forget: ['forgot', 'forgotten'], sing: ['sang', 'sung'],
  tear: ['tore', 'torn'], wake: ['woke', 'woken'], hang: ['hung'], sweep: ['swept'], sleep: ['slept'], forgive: ['forgave', 'forgiven'],
};
const THIRD_PERSON: Record<string, string> = { have: 'has', go: 'goes' };

/** Every irregular past form: "met", "held", "won". */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(Object.values(PAST).flat());
/** Verbs of more than one syllable that double their last consonant: "committed". */
const DOUBLING = new Set(['commit', 'admit', 'demur', 'concur', 'rebut', 'patrol', 'compel', 'rebel', 'occur', 'refer', 'prefer', 'regret', 'quit', 'red-flag', 'quip']);

/**
 * Every written form of a verb lemma: "stop" → stop, stops, stopped,
 * stopping; "meet" → meet, meets, met, meeting; "rally" → rallies, rallied.
 */
export function verbForms(lemma: string): string[] {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const doubled = DOUBLING.has(lemma) || /^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma) ? lemma + lemma.at(-1) : lemma;
  const third = THIRD_PERSON[lemma] ?? (consonantY ? `${lemma.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : `${lemma}s`);
  const past = PAST[lemma] ?? [consonantY ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${doubled}ed`];
  const gerund = lemma.endsWith('ie') ? `${lemma.slice(0, -2)}ying` : /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${doubled}ing`;
  return [...new Set([lemma, third, ...past, gerund])];
}
