/**
 * Word tokens and content words, exactly as the corpus README defines them:
 * lowercased `[a-z0-9]+` runs, compared as multisets.
 */

/** Lowercased `[a-z0-9]+` tokens, in order, repeats kept. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** A token multiset: token → count. */
export type Bag = Map<string, number>;

export function bagOf(tokens: string[]): Bag {
  const bag: Bag = new Map();
  for (const t of tokens) bag.set(t, (bag.get(t) ?? 0) + 1);
  return bag;
}

/** Size of the multiset intersection of two bags. */
export function bagOverlap(a: Bag, b: Bag): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const [t, c] of small) n += Math.min(c, large.get(t) ?? 0);
  return n;
}

/**
 * Words that never make two phrases "share a content word": pronouns,
 * determiners, prepositions, conjunctions, auxiliaries, the pieces an
 * apostrophe leaves behind ("trump's" → "trump" + "s"), and honorifics
 * ("Mr. Trump" and "Mr. Cruz" are different people). Titles such as
 * "president" or "senator" stay content words.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // pronouns
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself',
  'yourselves', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself', 'they',
  'them', 'their', 'theirs', 'themselves', 'one', 'ones', 'who', 'whom', 'whose', 'which', 'what', 'that', 'this',
  'these', 'those', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody', 'none',
  // determiners and quantifiers
  'a', 'an', 'the', 'some', 'any', 'each', 'every', 'all', 'both', 'either', 'neither', 'no', 'other', 'another',
  'such', 'own', 'same',
  // prepositions, conjunctions, particles
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'about', 'as', 'into', 'onto', 'over',
  'under', 'after', 'before', 'between', 'during', 'through', 'against', 'among', 'upon', 'via', 'per', 'off', 'out',
  'up', 'down', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'than', 'then', 'because', 'while', 'when', 'where',
  'how', 'why', 'not', 'also', 'just', 'only', 'very', 'too',
  // auxiliaries
  'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'done', 'have', 'has', 'had',
  'having', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  // apostrophe remnants
  's', 't', 'd', 'll', 're', 've', 'm',
  // honorifics
  'mr', 'mrs', 'ms', 'dr',
]);

/** The content words of a phrase: its tokens minus stop words and pronouns, as a set. */
export function contentWords(text: string): Set<string> {
  return new Set(tokenize(text).filter((t) => !STOP_WORDS.has(t)));
}

/** True when any of `candidates` shares a content word with `reference`. */
export function sharesContentWord(reference: string | Set<string>, ...candidates: (string | null | undefined)[]): boolean {
  const ref = typeof reference === 'string' ? contentWords(reference) : reference;
  if (ref.size === 0) return false;
  for (const candidate of candidates) {
    if (!candidate) continue;
    for (const w of contentWords(candidate)) if (ref.has(w)) return true;
  }
  return false;
}
