import type { Article, Entity, Quote, Span, Speaker } from '../contracts.js';
import { entityAt } from './entities.js';

/**
 * Reporting cues in every inflection, longest first so "was quoted as saying"
 * wins over "saying". Written as regex source, matched case-insensitively.
 */
const CUES = [
  'was quoted as saying', 'was quoted saying', 'were quoted as saying', 'is quoted as saying',
  'said in a statement', 'says in a statement', 'said on \\w+', 'told reporters', 'told \\w+',
  'said', 'says', 'say', 'added', 'adds', 'noted', 'notes', 'warned', 'warns', 'argued', 'argues',
  'claimed', 'claims', 'insisted', 'insists', 'denied', 'denies', 'acknowledged', 'acknowledges',
  'announced', 'announces', 'explained', 'explains', 'stated', 'states', 'declared', 'declares',
  'wrote', 'writes', 'asked', 'asks', 'replied', 'replies', 'continued', 'continues', 'tweeted',
  'tells', 'told', 'stressed', 'stresses', 'emphasized', 'emphasised', 'recalled', 'recalls',
  'suggested', 'suggests', 'admitted', 'admits', 'confirmed', 'confirms', 'believes', 'believed',
  'thinks', 'thought', 'predicted', 'predicts', 'reported', 'reports', 'revealed', 'reveals',
];
const CUE = `(?:${CUES.map(capitalisable).join('|')})`;

/**
 * "said" → "[sS]aid". The patterns cannot use the `i` flag: with it, `\p{Lu}`
 * also matches lowercase letters and a "name" would swallow the sentence.
 */
function capitalisable(word: string): string {
  return `[${word[0]!.toLowerCase()}${word[0]!.toUpperCase()}]${word.slice(1)}`;
}

/**
 * Who can be a speaker, as written: a pronoun, a capitalised name possibly
 * after a determiner and title ("the DFA", "Defense Minister Shoygu"), or a
 * short lowercase descriptor ("a media release", "the ministry").
 */
const DETERMINER = '(?:[tT]he|[aA]n?) +';
/** A capitalised word; a period only inside it ("U.S") or after a title abbreviation ("Sen."). */
const NAME_WORD = String.raw`(?:(?:Sen|Rep|Gov|Gen|Lt|Col|Sgt|Dr|Mr|Mrs|Ms|St|Prof)\.|\p{Lu}(?:[\p{L}\p{N}'’&-]|\.(?=\p{L}))*)`;
const SPEAKER = String.raw`(?:[hH]e|[sS]he|[tT]hey|[iI]t|[wW]e|I|(?:${DETERMINER})?(?:${NAME_WORD} +(?:(?:of|the|for|on|in|de) +){0,2}){0,6}${NAME_WORD}|${DETERMINER}(?:[\p{Ll}-]+ +){0,2}[\p{Ll}-]+)`;

/** `, DFA said.` / `, said Lorenzana.` / `he said` right after a closing mark. */
const AFTER_QUOTE = new RegExp(String.raw`^[\s,]*(?:(?<cue1>${CUE})\s+(?<sp1>${SPEAKER})|(?<sp2>${SPEAKER})\s+(?<cue2>${CUE}))(?=[\s.,;:!?]|$)`, 'du');

/** `Lorenzana was quoted saying that …` / `He told reporters:` before an opening mark. */
const BEFORE_QUOTE = new RegExp(String.raw`(?:^|[,;]\s+|\s)(?<sp>${SPEAKER})\s+(?<cue>${CUE})(?<rest>\b[^]*)$`, 'du');

/** Reported speech in one sentence: `The DFA said 20 members … visited Moscow.` */
const INDIRECT_LEADING = new RegExp(String.raw`(?:^|,\s+)(?<sp>${SPEAKER})\s+(?<cue>${CUE})\s+(?:that\s+)?(?<text>[^]+?)[.!?]?$`, 'du');

/** `…met with his Russian counterpart, the Department of Foreign Affairs said.` */
const INDIRECT_TRAILING = new RegExp(String.raw`^(?<text>[^]+?),\s+(?:(?<sp1>${SPEAKER})\s+(?<cue1>${CUE})|(?<cue2>${CUE})\s+(?<sp2>${SPEAKER}))[.!?]?$`, 'du');

const ACCORDING_TO = new RegExp(String.raw`^(?:[aA]ccording to\s+(?<sp1>${SPEAKER}),\s+(?<text1>[^]+?)|(?<text2>[^]+?),\s+according to\s+(?<sp2>${SPEAKER}))[.!?]?$`, 'du');

/** Pronouns that can stand for a speaker, with the gender/number they imply. */
const SPEAKER_PRONOUNS: Record<string, 'male' | 'female' | 'plural' | 'neutral'> = {
  he: 'male',
  she: 'female',
  they: 'plural',
  it: 'neutral',
  we: 'plural',
  i: 'neutral',
};

/** Fewer words than this inside quotation marks is a scare quote, title or nickname, not a quote. */
const MIN_QUOTE_WORDS = 4;

interface Marked extends Span {
  /** Offsets of the text between the marks. */
  inner: Span;
}

/**
 * Extract quotes with their speakers.
 *
 * Direct quotes are text between quotation marks (“…”, "…", ‘…’), attributed
 * from the cue next to them: `“…,” DFA said.`, `“…,” said Lorenzana.`,
 * `Lorenzana was quoted saying that … “…”` (a mixed quote: reported clause
 * that ends in quoted words). Sentences without quotation marks are reported
 * speech when a cue frames them: `Lorenzana said that …`, `…, the DFA said.`,
 * `According to the ministry, …`.
 */
export function extractQuotes(article: Article, entities: Entity[]): Quote[] {
  const quotes: Omit<Quote, 'id'>[] = [];
  const quotedSentences = new Set<number>();
  for (const [p, paragraph] of article.paragraphs.entries()) {
    for (const marked of findQuotationMarks(article.body, paragraph)) {
      const sentenceIndex = article.sentences.findIndex((s) => s.start <= marked.start && s.end >= marked.start);
      const sentence = article.sentences[sentenceIndex] ?? paragraph;
      const quote = attributeDirect(article, entities, marked, sentence, p);
      if (!quote) continue;
      quotes.push(quote);
      for (let s = Math.max(sentenceIndex, 0); s < article.sentences.length && article.sentences[s]!.start < marked.end; s++) quotedSentences.add(s);
    }
  }
  for (const [s, sentence] of article.sentences.entries()) {
    if (quotedSentences.has(s)) continue;
    const quote = attributeIndirect(article, entities, sentence);
    if (quote) quotes.push(quote);
  }
  quotes.sort((a, b) => a.start - b.start);
  return quotes.map((q, i) => ({ id: `Q${i + 1}`, ...q }));
}

/** Balanced quotation marks inside a paragraph; an unclosed mark runs to the paragraph's end. */
export function findQuotationMarks(body: string, paragraph: Span): Marked[] {
  const found: Marked[] = [];
  const text = body.slice(paragraph.start, paragraph.end);
  const pattern = /“([^”“]*)(”|$)|"([^"]*)("|$)|(?<![\p{L}\p{N}])‘([^’‘]*?)(’(?![\p{L}])|$)/gu;
  for (const match of text.matchAll(pattern)) {
    const start = paragraph.start + match.index;
    const end = start + match[0].length;
    const closed = match[0].length > 1 && /[”"’]$/.test(match[0]);
    found.push({ start, end, inner: { start: start + 1, end: closed ? end - 1 : end } });
  }
  return found;
}

function attributeDirect(article: Article, entities: Entity[], marked: Marked, sentence: Span, paragraph: number): Omit<Quote, 'id'> | undefined {
  const { body } = article;
  const innerText = body.slice(marked.inner.start, marked.inner.end);
  if (wordCount(innerText) < MIN_QUOTE_WORDS) return undefined;
  const content = trimQuotePunctuation(body, marked.inner);

  const paragraphEnd = article.paragraphs[paragraph]!.end;
  const after = AFTER_QUOTE.exec(body.slice(marked.end, paragraphEnd));
  if (after?.groups) {
    const [mention, mentionAt] = group(after, 'sp1', 'sp2');
    const [cue] = group(after, 'cue1', 'cue2');
    return {
      kind: 'direct', text: body.slice(content.start, content.end), ...content, cue,
      speaker: resolveSpeaker(article, entities, mention, marked.end + mentionAt), paragraph,
    };
  }

  const beforeStart = Math.min(sentence.start, marked.start);
  const before = BEFORE_QUOTE.exec(body.slice(beforeStart, marked.start));
  if (before?.groups) {
    const [mention, mentionAt] = group(before, 'sp');
    const [cue] = group(before, 'cue');
    const restStart = beforeStart + before.indices!.groups!.rest![0];
    const lead = /^\s*(?:that\s+|:\s*|,\s*)?/i.exec(body.slice(restStart, marked.start))!;
    const clauseStart = restStart + lead[0].length;
    const mixed = clauseStart < marked.start;
    const span = mixed ? { start: clauseStart, end: marked.end } : content;
    return {
      kind: mixed ? 'mixed' : 'direct', text: body.slice(span.start, span.end), ...span, cue,
      speaker: resolveSpeaker(article, entities, mention, beforeStart + mentionAt), paragraph,
    };
  }
  return undefined;
}

function attributeIndirect(article: Article, entities: Entity[], sentence: Span): Omit<Quote, 'id'> | undefined {
  const text = article.body.slice(sentence.start, sentence.end);
  const paragraph = article.paragraphs.findIndex((p) => p.start <= sentence.start && p.end >= sentence.start);
  const build = (match: RegExpExecArray, textGroups: string[], speakerGroups: string[], cue: string): Omit<Quote, 'id'> | undefined => {
    const [quoted, quotedAt] = group(match, ...textGroups);
    const [mention, mentionAt] = group(match, ...speakerGroups);
    if (wordCount(quoted) < MIN_QUOTE_WORDS || !isPlausibleSpeaker(mention)) return undefined;
    const start = sentence.start + quotedAt;
    return {
      kind: 'indirect', text: quoted, start, end: start + quoted.length, cue,
      speaker: resolveSpeaker(article, entities, mention, sentence.start + mentionAt), paragraph,
    };
  };
  const according = ACCORDING_TO.exec(text);
  if (according) return build(according, ['text1', 'text2'], ['sp1', 'sp2'], 'according to');
  const trailing = INDIRECT_TRAILING.exec(text);
  if (trailing) return build(trailing, ['text'], ['sp1', 'sp2'], group(trailing, 'cue1', 'cue2')[0]);
  const leading = INDIRECT_LEADING.exec(text);
  if (leading) return build(leading, ['text'], ['sp'], group(leading, 'cue')[0]);
  return undefined;
}

/** The first of the named groups that matched, with its offset in the matched string. */
function group(match: RegExpExecArray, ...names: string[]): [string, number] {
  for (const name of names) {
    const value = match.groups?.[name];
    if (value !== undefined) return [value, match.indices!.groups![name]![0]];
  }
  throw new Error(`none of the groups ${names.join(', ')} matched`);
}

/** A leading speaker must look like one: a name, a pronoun or a determiner phrase, not "Last year". */
function isPlausibleSpeaker(mention: string): boolean {
  return !/^(?:last|next|this|that|in|on|at|after|before|when|while|but|and|so|however)\b/i.test(mention);
}

/**
 * Resolve a speaker mention: a name to the entity it is a mention of, a
 * pronoun to the nearest person (or organisation, for "it") mentioned before
 * it; a descriptor ("a media release") stays as written.
 */
function resolveSpeaker(article: Article, entities: Entity[], mention: string, start: number): Speaker {
  const end = start + mention.length;
  const pronoun = SPEAKER_PRONOUNS[mention.toLowerCase()];
  if (pronoun) {
    const wanted = pronoun === 'neutral' || pronoun === 'plural' ? 'ORG' : 'PERSON';
    const antecedent = nearestBefore(entities, start, wanted);
    return { mention, name: antecedent?.name ?? mention, entityId: antecedent?.id ?? null, start, end };
  }
  const bare = mention.replace(/^(?:the|a|an)\s+/i, '');
  const bareStart = end - bare.length;
  const entity = entityAt(entities, { start: end - 1, end }) ?? entityAt(entities, { start: bareStart, end: bareStart + 1 });
  return { mention, name: entity?.name ?? mention, entityId: entity?.id ?? null, start, end };
}

function nearestBefore(entities: Entity[], offset: number, type: Entity['type']): Entity | undefined {
  let best: { entity: Entity; at: number } | undefined;
  for (const entity of entities) {
    if (entity.type !== type) continue;
    for (const m of entity.mentions) {
      if (m.end <= offset && (!best || m.start > best.at)) best = { entity, at: m.start };
    }
  }
  return best?.entity;
}

/** The quoted text without the comma or space that separates it from its attribution. */
function trimQuotePunctuation(body: string, inner: Span): Span {
  let { start, end } = inner;
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /[\s,]/.test(body[end - 1]!)) end--;
  return { start, end };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
