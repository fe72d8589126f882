/**
 * Name normalisation shared by extraction, storage and the API, so that
 * "Sergéy Shoygu", "SERGEY SHOYGU" and "sergey shoygu" meet at one key.
 */

/** Fold case and diacritics and keep letters and digits: "Delfin Lorenzana" → "delfin-lorenzana". */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Words that do not count when comparing names: "the DFA", "Department of Foreign Affairs". */
const NAME_FILLERS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'la', 'del', 'van', 'von', 'da', '&']);

/** Capitalised words of a name, without fillers: used for acronyms and surname matching. */
export function significantWords(name: string): string[] {
  return name.split(/[\s-]+/).filter((w) => w !== '' && !NAME_FILLERS.has(w.toLowerCase()));
}

/** "Department of Foreign Affairs" → "DFA"; "U.S. Department of State" → "USDS". */
export function acronymOf(name: string): string {
  return significantWords(name)
    .map((w) => w.replace(/[^\p{L}]/gu, ''))
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => (/^\p{Lu}+$/u.test(w) && w.length <= 3 ? w : w[0]))
    .join('');
}

/** A contraction's ending dropped: "she’s" → "she", "they’ve" → "they", "I’m" → "I". */
export function withoutContraction(word: string): string {
  return word.replace(/['’](?:s|m|re|ve|ll|d)$/, '');
}

/** A possessive ending dropped: "Russia’s" → "Russia", "Putin's" → "Putin". */
export function withoutPossessive(text: string): string {
  return text.replace(/['’]s$/, '');
}
