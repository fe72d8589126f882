import type { Article, Entity, Quote, QuoteKind, Span, Speaker } from '../contracts.js';
import { aboutAfterCircumstance, BE, BEFORE_ASKED, cueLemma, findCues, isAspectual, isBaseForm, isPastForm, pollNoun, QUESTION_WORDS, takesInfinitive, type CueKind } from './cues.js';
import { IRREGULAR_PAST, verbForms } from './inflect.js';
import { WEEKDAYS } from './lexicon.js';
import { findQuoteSegments, type QuoteSegment } from './quote-marks.js';
import { ADVERBIAL_OPENERS, datelineEnd, isDash, isPronoun, nounPhraseBefore, openingSubject, sourceAfter, timeWords, speakerAfter, speakerAfterQuote, speakerBefore, speakerBeforeAsides, subjectBefore, type SpeakerPhrase, type TokenRange } from './speaker-phrases.js';
import { withoutContraction } from './names.js';
import { SpeakerResolver } from './speakers.js';
import { isCapitalised, isQuoteMark, plainApostrophes, stepBack, tokenize, type Token } from './tokens.js';

/** Fewer words than this between quotation marks and no attribution: a scare quote, a title or a nickname, not a quote. */
const MIN_QUOTE_WORDS = 4;
/** A quotation this long is someone's words even when nothing says whose. */
const UNATTRIBUTED_QUOTE_WORDS = 8;
/**
 * Words that name what follows as something said, whatever its length: "chants of “Lock her up!”", "the slogan
 * “Stronger Together”", "signs reading “Hispanics 4 Trump”". Titles and nicknames ("titled", "dubbed") are not quotes.
 */
const SPEECH_NOUN_BEFORE = /\b(?:chants?|chanting|slogans?|phrase|cries|cry|shouts?|shouting|signs?|banners?|messages?|motto|catchphrase|refrain|mantra|words|reading|reads)\b(?:\s+(?:of|that|saying|reading|read|like))?[\s,:—–-]*$/i;
/** Reported speech needs at least a short clause: "he would win", not "Clinton". */
const MIN_INDIRECT_WORDS = 2;

/**
 * An attribution frame: a cue with its speaker, found in one sentence,
 * before we know what was said. Offsets are into the body.
 */
interface Frame {
  sentence: number;
  paragraph: number;
  cue: Span;
  cueKind: CueKind;
  speaker: Span;
  /** The capitalised head of the speaker phrase, for entity lookup. */
  speakerHead: Span;
  /** Who the speaker phrase stands for: the phrase itself, or the antecedent of a relative "who". */
  mention: Span;
  mentionHead: Span;
  /** Where the frame starts and ends (speaker and cue, in either order). */
  start: number;
  end: number;
  /** Where what was said may start after the frame (past "that", "told reporters"). */
  contentAfter: number;
  /** True when the speaker follows the cue: "said Lorenzana". */
  inverted: boolean;
  /**
   * A frame with no speaker of its own: a question put by the reporter
   * ("Asked whether …", "was asked if …"), or an impression ("X seemed to
   * …"), whose subject (`speaker`) is also part of what is reported.
   */
  unattributed?: Unattributed;
  /** The speaker is another verb's subject: "…, adding that …", "… and said …". */
  borrowed: boolean;
  /** What a passive cue reports: its subject ("*Sanders* was endorsed by the union"). */
  passiveSubject?: Span;
  /** A speaker's label opening a paragraph of a transcript ("TAPPER: …"): it reports the whole paragraph. */
  transcript?: boolean;
  /** The group a "they" speaker stands for: the plural speaker of a frame just before ("Black voters said … they …"). */
  group?: { mention: Span; mentionHead: Span };
}

type Unattributed = 'question' | 'impression' | 'expectation';

type Draft = Omit<Quote, 'id'>;

/** A dash that signs a quotation with its speaker: "“…” - Sanders", "“…” ― Maria Lopez" (― is the quotation dash). */
const SIGNATURE_DASH = /^[-—–―]$/;

/**
 * Frames sorted by start, with binary search, so quote-dense articles
 * (thousands of quotes in one paragraph) stay linear rather than quadratic.
 */
class FrameIndex {
  readonly sorted: Frame[];
  private readonly bySentence = new Map<number, Frame[]>();

  constructor(frames: Frame[]) {
    this.sorted = [...frames].sort((a, b) => a.start - b.start);
    for (const frame of this.sorted) {
      const list = this.bySentence.get(frame.sentence) ?? [];
      list.push(frame);
      this.bySentence.set(frame.sentence, list);
    }
  }

  /** Index of the first frame starting at or after `offset`. */
  firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Frames starting in `[from, to)`. */
  startingIn(from: number, to: number): Frame[] {
    const out: Frame[] = [];
    for (let i = this.firstFrom(from); i < this.sorted.length && this.sorted[i]!.start < to; i++) out.push(this.sorted[i]!);
    return out;
  }

  inSentence(sentence: number): Frame[] {
    return this.bySentence.get(sentence) ?? [];
  }
}

/** Spans sorted by start and not overlapping (quote segments, direct quotes): those overlapping `[start, end)`. */
function overlapping<T extends Span>(sorted: T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) out.push(sorted[i]!);
  return out;
}

/**
 * Extract quotes and their speakers.
 *
 * 1. Attribution frames: every reporting cue in narration (not inside
 *    quotation marks) with the speaker phrase next to it — "the DFA said",
 *    "said Lorenzana", "Lorenzana was quoted saying", "according to the ministry".
 * 2. Direct quotes: each passage in quotation marks takes the frame that
 *    touches it — `“…,” DFA said.`, `He told reporters: “…”`. A quote split
 *    by its frame (`“We will,” he said, “finish it.”`) and the quote-only
 *    sentences that follow it in the paragraph are one quote; a paragraph
 *    that is only a quote continues the previous speaker.
 * 3. Reported speech: every remaining frame takes its clause — after the cue
 *    ("Lorenzana said that …"), before it ("…, the DFA said."), or around it
 *    ("The test, North Korea said, was its biggest yet."). A clause that
 *    contains quoted words is a mixed quote.
 */
export function extractQuotes(article: Article, entities: Entity[]): Quote[] {
  const { body } = article;
  const segments = findQuoteSegments(body, article.paragraphs);
  const resolver = new SpeakerResolver(body, entities);
  const frames = new FrameIndex(findFrames(article, segments));
  const used = new Set<Frame>();
  const drafts: Draft[] = [];
  /** The words of direct and mixed quotes found so far, in order. */
  const quoted: Span[] = [];

  /** Quotations opening a sentence with no frame of their own, which may go on reported speech before them. */
  const orphans: QuoteSegment[][] = [];
  /** Quotations no frame or earlier quote claimed. */
  const unclaimed: QuoteSegment[][] = [];
  /** The last direct quote, which a paragraph that is only a quote continues. */
  let previous: { speaker: Speaker | null; cue: string; paragraph: number } | undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const tagAfter = frameAfter(body, frames, segment);
    // A lowercase quotation inside an earlier frame's clause is that clause's, not the quote of a frame after it
    // that reports a clause of its own: "Although Weiner admitted that they had “been friends,” he claimed they …".
    // So is a quotation set in the narration before such a frame: "Walking in to chants of “Marco! Marco!,” the
    // senator said his campaign was …", "Asked about the claim that “…,” a former prosecutor said the cases differ".
    const insideEarlier = tagAfter !== undefined && reportsOwnClause(article, tagAfter) && (reportedByEarlierFrame(body, frames, segment, tagAfter)
      || (!tagAfter.inverted && !isSentenceStart(article, segment) && CLAUSE_AFTER_CUE.test(body.slice(tagAfter.cue.end, tagAfter.cue.end + 30))));
    const own = insideEarlier ? undefined : tagAfter;
    const before = own ?? frameBefore(body, frames, segment);
    // Later passages of the same quotation: split by the frame, continued in the next sentences or paragraphs.
    // A title quoted in the attribution between them is passed over: "…,” he said on “Meet the Press.” “…".
    const parts = [segment];
    let last = i;
    for (let next = i + 1; next < segments.length; next++) {
      if (joinsPrevious(article, segments, parts[parts.length - 1]!, segments[next]!, frames, before)) parts.push(segments[last = next]!);
      else if (!before || segments[next]!.paragraph !== segment.paragraph || !isTitle(body, segments[next]!)) break;
    }
    i = last;
    // A quotation running over paragraphs is attributed at its end: "“… [paragraph] “…,” he said."
    const after = own ?? (before || insideEarlier ? undefined : frameAfter(body, frames, parts[parts.length - 1]!));
    const frame = after ?? before;
    const cue = frame ? body.slice(frame.cue.start, frame.cue.end) : '';
    // A short quotation is a quote only when someone is said to have said it: "“Absolutely not,” he said".
    if (!frame && quotedWords(body, parts) < MIN_QUOTE_WORDS) {
      unclaimed.push(parts);
      continue;
    }
    // Nor is a title in title case — “The Late Show With Stephen Colbert”, even as a cue's object: "she wrote
    // “Tough Choices”" — unless a headline's colon gives it a speaker: "Carson: ‘Not Fit To Serve’".
    // Words introduced by a comma after the cue, or asked or exclaimed, are speech though: "interjecting, “Only Rosie
    // O’Donnell.”", "“Grizzly Adams?” Maddow repeated".
    const introduced = frame !== undefined && !after && /^\s*,\s*$/.test(body.slice(frame.cue.end, segment.start));
    const exclaimed = parts.every((p) => /[?!]\W*$/.test(body.slice(p.inner.start, p.inner.end)));
    if (parts.every((p) => isTitle(body, p)) && cue !== ':' && !(frame && (introduced || exclaimed))) continue;
    if (parts.every((p) => wordCount(body, p.inner) === 0)) continue;
    const lastParagraph = parts[parts.length - 1]!.paragraph;
    // Quoted words inside what an earlier speech verb reports are part of that report, not a quote of the
    // verb right before them: "Lee said that he would offer “a prayer” for the nominee" is Lee's mixed quote.
    if (frame && !after && reportedByEarlierFrame(body, frames, segment, frame)) continue;
    if (frame) {
      used.add(frame);
      const speaker = speakerOf(frame, resolver);
      const quote = directQuote(body, parts, cue, speaker, segment.paragraph);
      const lead = parts.length !== 1 ? undefined : after ? clauseLead(article, frames, segment, after) : parentheticalLead(article, frames, segment, frame);
      const tail = !after && parts.length === 1 ? (cue === ':' ? headlineRest(article, segment) : undefined) ?? clauseTail(article, frames, segment, frame) : undefined;
      // The frame between a lead and its quotation is no part of the words: "The reality is, [he added,] “there are …”".
      if (lead) drafts.push({ ...quote, kind: 'mixed', text: after ? body.slice(lead.start, segment.end) : `${body.slice(lead.start, lead.end)} ${body.slice(segment.start, segment.end)}`, start: lead.start, end: segment.end });
      else if (tail) drafts.push({ ...quote, kind: 'mixed', text: body.slice(segment.start, tail.end), start: segment.start, end: tail.end });
      else drafts.push(quote);
      quoted.push(...(lead || tail ? [drafts[drafts.length - 1]!] : parts.map((p) => p.inner)));
      // A quoted fragment inside reported speech has no continuation: "saying that “bombastic comments” do harm";
      // one closing the statement its tag follows has: "America needs leaders “who …,” Clinton said. // “And …”".
      previous = tail ? undefined : { speaker, cue, paragraph: lastParagraph };
    } else if (startsParagraph(article, segment) && previous && segment.paragraph - previous.paragraph <= 1 && !narrationAfter(article, parts[parts.length - 1]!)) {
      // A paragraph that is only a quote continues the previous speaker's quotation.
      const continued = drafts[drafts.length - 1]!;
      const more = directQuote(body, parts, previous.cue, previous.speaker, segment.paragraph);
      drafts[drafts.length - 1] = { ...continued, text: `${continued.text} ${more.text}`, end: more.end };
      quoted.push(...parts.map((p) => p.inner));
      previous = { ...previous, paragraph: lastParagraph };
    } else {
      if (isSentenceStart(article, segment)) orphans.push(parts);
      unclaimed.push(parts);
    }
  }

  quoted.sort((a, b) => a.start - b.start);
  const mixed: Draft[] = [];
  /** Reports of clause-final frames ("…, she said"), which take in the frames nested before them. */
  const clauseFinal: Draft[] = [];
  for (const frame of frames.sorted) {
    if (used.has(frame)) continue;
    const draft = frame.cueKind === 'tag' && !reportsClause(body, frame) ? undefined : reportedSpeech(article, frame, segments, frames, resolver);
    if (!draft) continue;
    // Mostly the words of a direct quote already found, or of an earlier mixed quote: the same statement
    // seen from another cue. (The narration between a quote's parts is not its words: "said Ann Lee, who
    // knows the field. “…”".) Mixed quotes sit within a sentence, so only the last few can overlap.
    const repeats = (d: Span): boolean => overlap(d, draft) > (draft.end - draft.start) / 2;
    if (overlapping(quoted, draft.start, draft.end).some(repeats) || mixed.slice(-8).some(repeats)) continue;
    drafts.push(draft);
    if (draft.kind === 'mixed') mixed.push(draft);
    if (draft.end <= frame.start) clauseFinal.push(draft);
  }
  dropNestedReports(drafts, new Set(clauseFinal));
  drafts.sort((a, b) => a.start - b.start);
  continueReportedSpeech(body, drafts, orphans);
  drafts.push(...unattributedQuotes(article, frames, resolver, drafts, unclaimed));
  drafts.sort((a, b) => a.start - b.start);
  return dropRepeats(drafts).map((draft, i) => ({ id: `Q${i + 1}`, ...draft }));
}

function findFrames(article: Article, segments: QuoteSegment[]): Frame[] {
  const { body } = article;
  const frames: Frame[] = [];
  let paragraph = 0;
  /** The last speaker phrase naming a group, for a "they" after it. */
  let lastGroup: Frame | undefined;
  article.sentences.forEach((sentence, index) => {
    const tokens = tokenize(body, sentence);
    const quotedHere = overlapping(segments, sentence.start, sentence.end);
    const inQuote = (token: Token): boolean => quotedHere.some((s) => token.start >= s.inner.start && token.end <= s.inner.end);
    while (paragraph + 1 < article.paragraphs.length && article.paragraphs[paragraph + 1]!.start <= sentence.start) paragraph++;
    let mainSpeaker: SpeakerPhrase | undefined;
    let lastCue = -1;
    const headline = isHeadline(body, article.paragraphs[paragraph]!, sentence, tokens);
    const cues = findCues(tokens, inQuote, headline);
    const opensParagraph = article.paragraphs[paragraph]!.start === sentence.start;
    // A name and a colon opening a paragraph label a speaker's lines, in a headline or a transcript: "TAPPER: Donald Trump …".
    const colon = headline ? headlineColon(tokens) : opensParagraph ? headlineColon(tokens, true) : undefined;
    const transcript = colon !== undefined && !headline;
    if (colon !== undefined) cues.unshift({ first: colon, last: colon, kind: 'speech' });
    // A colon introducing a quotation attributes it to the clause's subject when no cue of the sentence
    // does: "Sanders delivered a snappy retort: “No one is tearing this up.”"
    const introduction = colon === undefined ? tokens.findIndex((t, i) => i > 1 && t.text === ':' && isQuoteMark(tokens[i + 1]) && !inQuote(t)) : -1;
    if (introduction > 0) cues.splice(cues.filter((c) => c.first < introduction).length, 0, { first: introduction, last: introduction, kind: 'speech' });
    // A quotation signed with a dash: "“I helped write that bill.” - Sanders."
    // Several may follow one another in a sentence when only line breaks part them: "“…” ― Ana Ruiz\n“…” ― Tom Lee".
    tokens.forEach((t, i) => {
      const signature = SIGNATURE_DASH.test(t.text) && (i > 0 ? isQuoteMark(tokens[i - 1]) : /["”']\s*$/.test(body.slice(Math.max(0, t.start - 3), t.start)));
      if (signature) cues.push({ first: i, last: i, kind: 'speech' });
    });
    const tag = unlistedTag(tokens, cues);
    if (tag !== undefined) cues.push({ first: tag, last: tag, kind: 'tag' });
    for (const cue of cues) {
      if (cue.first === introduction && mainSpeaker) continue;
      const frame = frameFor(tokens, cue.first, cue.last, cue.kind, mainSpeaker, lastCue);
      if (!frame) continue;
      // A phrase ending in a word that cannot end one runs past its subject into a clause: the speaker is the
      // phrase it opens with. "Sanders didn’t come out and | say" is Sanders; "lawyers for Cruz to | respond" the lawyers.
      if (DANGLING.test(tokens[frame.speaker.last]!.lower)) {
        const opening = speakerAfter(tokens, frame.speaker.first);
        // Not an opening adverb or participle: "Publicly, the GOP nominee feuds …", "Led by …".
        if (!opening || opening.last >= frame.speaker.last || (opening.first === opening.last && /(?:ly|ed)$/.test(tokens[opening.first]!.lower))) continue;
        frame.speaker = opening;
      }
      mainSpeaker ??= frame.speaker;
      lastCue = cue.last;
      const at = (range: TokenRange): Span => ({ start: tokens[range.first]!.start, end: tokens[range.last]!.end });
      // "He’s saying …": the speaker as written is the pronoun, without its contraction.
      const phraseAt = (range: TokenRange): Span => {
        const span = at(range);
        const last = tokens[range.last]!;
        const contraction = isPronoun(last.lower) ? /['’](?:s|m|re|ve|ll|d)$/i.exec(last.text) : null;
        return contraction ? { start: span.start, end: span.end - contraction[0].length } : span;
      };
      const speaker = phraseAt(frame.speaker);
      const antecedent = relativeAntecedent(tokens, frame.speaker);
      const cueSpan = at({ first: cue.first, last: cue.last });
      // A borrowed speaker (a participle's subject) is not part of the frame's own words.
      const own = frame.borrowed ? cueSpan : { start: Math.min(speaker.start, cueSpan.start), end: Math.max(speaker.end, cueSpan.end) };
      const they = withoutContraction(tokens[frame.speaker.first]!.lower) === 'they' && frame.speaker.first === frame.speaker.last;
      const group = they && lastGroup && cueSpan.start - lastGroup.end < GROUP_REACH ? { mention: lastGroup.mention, mentionHead: lastGroup.mentionHead } : undefined;
      frames.push({
        sentence: index,
        paragraph,
        cue: cueSpan,
        cueKind: cue.kind,
        speaker,
        speakerHead: phraseAt(frame.speaker.head),
        mention: phraseAt(antecedent ?? frame.speaker),
        mentionHead: phraseAt((antecedent ?? frame.speaker).head),
        ...own,
        contentAfter: frame.contentFrom < tokens.length ? tokens[frame.contentFrom]!.start : sentence.end,
        inverted: frame.inverted,
        unattributed: frame.unattributed,
        ...(frame.passiveSubject && { passiveSubject: at(frame.passiveSubject) }),
        borrowed: frame.borrowed,
        ...(transcript && cue.first === colon && { transcript }),
        ...(group && { group }),
      });
      if (!they && !isPronoun(tokens[frame.speaker.last]!.lower) && pluralPhrase(tokens, frame.speaker) && !frame.unattributed) lastGroup = frames[frames.length - 1];
    }
  });
  return frames;
}

/** Words that leave a phrase unfinished. */
const DANGLING = /^(?:and|or|to|of|the|a|an|his|her|their|its|my|our|your)$/;

/** How far back (in characters) a "they" looks for the group it stands for. */
const GROUP_REACH = 400;

/**
 * A verb the lexicon lacks, used as a dialogue tag right after a quotation
 * and its speaker: "“Go back to Univision,” Trump barked", "“France will
 * always be France,” an angry Hollande retaliated". Only a past form, only
 * when the whole phrase between the closing mark and the verb is a speaker
 * phrase, and only when no listed cue follows the quotation.
 */
function unlistedTag(tokens: Token[], cues: { first: number }[]): number | undefined {
  // The quotation opens the sentence, as a line of dialogue does.
  if (!isQuoteMark(tokens.find((t) => t.word || isQuoteMark(t)))) return undefined;
  const close = tokens.findIndex((t, i) => i > 1 && isQuoteMark(t) && /^[,!?]$/.test(tokens[i - 1]!.text));
  if (close < 0 || cues.some((c) => c.first > close)) return undefined;
  // Inverted: "“This is fantastic!” beamed Donald Hartley of Madison".
  const inverted = tokens[close + 1];
  if (inverted?.word && inverted.text === inverted.lower && (/[^e]ed$/.test(inverted.lower) || IRREGULAR_PAST.has(inverted.lower))) {
    const speaker = speakerAfter(tokens, close + 2);
    const next = speaker && tokens[speaker.last + 1];
    if (speaker && (!next || /^[,.;!?]$/.test(next.text) || /^(?:of|from)$/.test(next.lower))) return close + 1;
  }
  for (let verb = close + 2; verb < tokens.length && verb - close <= 8; verb++) {
    const word = tokens[verb]!;
    if (!word.word || word.text !== word.lower || !(/[^e]ed$/.test(word.lower) || IRREGULAR_PAST.has(word.lower))) continue;
    const speaker = speakerBefore(tokens, verb);
    return speaker?.first === close + 1 ? verb : undefined;
  }
  return undefined;
}

/**
 * A headline: a paragraph of one sentence, written in title case ("Clinton
 * Says Russians Hacked DNC") or naming its speaker before a colon.
 */
function isHeadline(body: string, paragraph: Span, sentence: Span, tokens: Token[]): boolean {
  if (!isOnlySentence(body, paragraph, sentence)) return false;
  const long = tokens.filter((t) => t.word && t.text.length >= 4);
  return long.length >= 3 && long.filter((t) => isCapitalised(t)).length >= long.length * 0.6;
}

/** A paragraph of one sentence, as a headline is written. */
function isOnlySentence(body: string, paragraph: Span, sentence: Span): boolean {
  return paragraph.start === sentence.start && body.slice(sentence.end, paragraph.end).trim() === '';
}

/** Headline labels that name no speaker: "BREAKING: …", "The Latest: …". */
const NOT_A_SOURCE = /^(?:the latest|latest|breaking|exclusive|watch|update|updated|video|photos|busted|live|analysis|opinion|editorial|review|transcript|full text|read|q&a|fact check|just in|contributing|byline|q|a|note|editor's note|editor’s note|correction|source|sources|credit|photo|related|see also)$/i;

/**
 * "Graham: Trump’s Rhetoric Destroying GOP’s Chances" — in a headline, a
 * short name before a colon is the speaker of what follows. The colon's token index.
 */
function headlineColon(tokens: Token[], namesOnly = false): number | undefined {
  const colon = tokens.findIndex((t, i) => t.text === ':' && i <= 6);
  if (colon < 1 || tokens.length - colon < 4) return undefined;
  const label = tokens.slice(0, colon);
  if (!label.every((t) => t.word || t.text === '.' || t.text === '-' || /^['’]s?$/.test(t.text)) || !isCapitalised(label[0])) return undefined;
  // A name may take a place or an occasion: "Former AG Mukasey at RNC: …".
  if (namesOnly && !label.every((t) => !t.word || isCapitalised(t) || /^(?:at|of|on|in|to|for|and|the)$/.test(t.text))) return undefined;
  return NOT_A_SOURCE.test(label.map((t) => t.text).join(' ')) ? undefined : colon;
}

/**
 * Speaker and where the content may begin, for the cue at tokens `[first, last]`.
 * `mainSpeaker` is the speaker of an earlier frame in the sentence, which a
 * participle shares: "Biden said X, noting that …".
 */
function frameFor(tokens: Token[], first: number, last: number, kind: CueKind, mainSpeaker: SpeakerPhrase | undefined, lastCue = -1):
  { speaker: SpeakerPhrase; contentFrom: number; inverted: boolean; borrowed: boolean; unattributed?: Unattributed; passiveSubject?: TokenRange } | undefined {
  if (tokens[first]!.text === ':') {
    // "Pew Research: “…”" is a label naming the source; "Sanders delivered a retort: “…”" a clause with a subject.
    const label = sourceAfter(tokens, 0);
    const named = label && label.last === first - 1 && tokens.slice(0, first).every((t) => !t.word || isCapitalised(t) || /^(?:of|the|for|and|to|at|on|in)$/.test(t.text));
    // "From the report: “…”": the source a colon's "from" names.
    const from = tokens[0]?.lower === 'from' && first > 1 ? sourceAfter(tokens, 1) : undefined;
    const speaker = named ? label : from?.last === first - 1 ? from : isQuoteMark(tokens[first + 1]) ? clauseSubject(tokens, first) : undefined;
    return speaker && { speaker, contentFrom: first + 1, inverted: false, borrowed: false };
  }
  if (SIGNATURE_DASH.test(tokens[first]!.text)) {
    const signer = speakerAfter(tokens, first + 1);
    // The signature may describe the signer after a comma: "― Ana Ruiz, 34, Phoenix".
    // A heading set between dashes is no signature: "– An immigrant himself –."
    const heading = tokens.some((t, i) => i > first && SIGNATURE_DASH.test(t.text) && tokens.slice(i + 1).every((rest) => !rest.word));
    const signs = signer && !heading && (tokens.slice(signer.last + 1).every((t) => !t.word) || tokens[signer.last + 1]?.text === ',' || isQuoteMark(tokens[signer.last + 1]));
    return signs ? { speaker: signer, contentFrom: tokens.length, inverted: true, borrowed: false } : undefined;
  }
  if (kind === 'poll' && tokens.slice(0, first).some((t) => t.word)) {
    // "… by 20 points in a WMUR poll released Monday": the poll, to its noun, is the source of the clause before.
    const noun = pollNoun(tokens, last + 1);
    const speaker = sourceAfter(tokens.slice(0, noun + 1), last + 1);
    return speaker && { speaker, contentFrom: tokens.length, inverted: true, borrowed: false };
  }
  if (kind === 'according' || kind === 'poll') {
    const speaker = sourceAfter(tokens, last + 1);
    return speaker ? { speaker, contentFrom: skipLead(tokens, speaker.last + 1), inverted: true, borrowed: false } : undefined;
  }
  const cueWord = tokens[first]!.lower;
  const participle = cueWord.endsWith('ing');
  const baseForm = isBaseForm(cueWord);
  const contentFrom = contentStart(tokens, last + 1, cueWord);
  const question = reportersQuestion(tokens, first, last);
  if (question) return question;
  if (kind === 'passive') {
    const agent = speakerAfter(tokens, last + 2);
    let be = first - 1;
    while (be > 0 && !BE.has(tokens[be]!.lower)) be--;
    // "Trump has been criticized by …": the subject ends before "has".
    if (/^(?:has|have|had)$/.test(tokens[be - 1]?.lower ?? '')) be--;
    const subject = clauseBefore(tokens, be);
    return agent && subject && { speaker: agent, contentFrom: tokens.length, inverted: true, borrowed: false, passiveSubject: subject };
  }
  if (kind === 'expectation') {
    // "Reportedly, he made …" has no subject before it: the clause after is all of it.
    // "African Americans, who are expected to make up half …": a relative pronoun is the clause's subject.
    const relative = /^(?:who|which|that)$/.test(tokens[first - 1]?.lower ?? '') ? wholePhrase(first - 1, first - 1) : undefined;
    // The subject may be set off by asides: "The central bank, which has held rates near zero, is expected to act".
    const subject = clauseBefore(tokens, first) ?? relative ?? (first === 0 ? wholePhrase(first, last) : undefined) ?? speakerBeforeAsides(tokens, first);
    return subject && { speaker: subject, contentFrom: skipLead(tokens, last + 1), inverted: false, borrowed: false, unattributed: 'expectation' };
  }
  if (kind === 'impression') {
    // "appeared on Fox", "seeming to …": an appearance or a participle, not an impression.
    const next = tokens[last + 1];
    if (participle || !next?.word || next.text !== next.lower || (next.lower !== 'to' && PLACE_OR_TIME.test(next.lower))) return undefined;
    // The subject may be set off by asides: "Hezbollah, which has lost 6,000 fighters in Syria, seems unlikely to …".
    const subject = clauseBefore(tokens, first) ?? speakerBefore(tokens, first) ?? speakerBeforeAsides(tokens, first);
    return subject ? { speaker: subject, contentFrom, inverted: false, borrowed: false, unattributed: 'impression' } : undefined;
  }
  // "…, saying that …": a participle after a comma reports the clause's subject. Without the comma
  // or an auxiliary ("is saying") it describes a noun instead: "a super PAC supporting Clinton".
  const previousWord = plainApostrophes(tokens[first - 1]?.lower ?? '');
  // The comma may sit inside closing quotation marks: "… to win this race,” adding that …"; a dash stands for
  // it too: "Rubio flipped his choice on the spot – saying he was rooting for …".
  const afterComma = previousWord === ',' || (isQuoteMark(tokens[first - 1]) && tokens[first - 2]?.text === ',') || (participle && isDash(tokens, first - 1))
    || (participle && commaBeforeAdverbs(tokens, first));
  // A participle clause opening the sentence shares the main clause's subject: "Having announced he would not send
  // me to prison, Judge Berman proceeded …", "Noting that only one Republican voted with them, Tester added …",
  // "But while saying that he respects her, he continued …", "In describing his rival, Cuban said …".
  const opener = tokens.findIndex((t) => t.word && !/^(?:but|and|yet)$/.test(t.lower));
  const perfect = previousWord === 'having';
  // "In addition to stating that …, Clinton has vowed …" too.
  const inAddition = previousWord === 'to' && tokens[first - 2]?.lower === 'addition' && tokens[first - 3]?.lower === 'in' && first - 3 === opener;
  if ((participle || perfect) && (first === opener || inAddition || (first === opener + 1 && (perfect || previousWord === 'in' || GERUND_PREPOSITIONS.has(previousWord))))) {
    const subject = mainSubjectAfter(tokens, first);
    if (subject) return { speaker: subject, contentFrom, inverted: false, borrowed: true };
  }
  if (participle) {
    // "released a statement saying, “…”": what a statement, video or sign says is its author's.
    // When it was released may stand between: "released a statement Wednesday saying …".
    // Or where it was posted: "posted a message on Twitter reading “…”".
    const placed = /^(?:twitter|facebook|instagram|youtube|air|television|tv|radio|screen|website|site|page)$/i.test(tokens[first - 1]?.lower ?? '') && /^(?:on|in)$/.test(tokens[first - 2]?.lower ?? '') ? 2 : 0;
    const medium = tokens[first - 1 - (placed || timeWordsBefore(tokens, first))];
    if (medium?.word && medium.text === medium.lower && MEDIA.has(medium.lower)) {
      const author = mainSpeaker ?? clauseSubject(tokens, first);
      if (author) return { speaker: author, contentFrom, inverted: false, borrowed: true };
      const itself = speakerBefore(tokens, first); // "A sign saying “…” hung over the stage."
      return itself && { speaker: itself, contentFrom, inverted: false, borrowed: false };
    }
    if (afterComma) {
      // A participle set off right after the subject: "Sen. Richard J. Durbin (D-Ill.), noting the size of …, said".
      const setOff = speakerBefore(tokens, first);
      const subject = mainSpeaker ?? clauseSubject(tokens, first) ?? (setOff?.first === opener ? setOff : undefined);
      return subject ? { speaker: subject, contentFrom, inverted: false, borrowed: true } : undefined;
    }
    // A gerund after a preposition reports the clause's subject: "landed in hot water by saying that …",
    // "After saying he was nervous, the man …".
    const insteadOf = previousWord === 'of' && tokens[first - 2]?.lower === 'instead';
    if (GERUND_PREPOSITIONS.has(previousWord) || insteadOf || (/ly$/.test(previousWord) && GERUND_PREPOSITIONS.has(tokens[first - 2]?.lower ?? ''))) {
      const subject = mainSpeaker ?? clauseSubject(tokens, first);
      if (subject) return { speaker: subject, contentFrom, inverted: false, borrowed: true };
    }
    // A share of those polled with its participle: "with 30 percent of voters saying they …". A stance
    // participle says where the noun before it stands: "a super PAC supporting Clinton", "pastors backing Cruz".
    // So does any noun phrase after "with" or "about": "with Martin O’Malley calling Trump a fascist".
    const share = speakerBefore(tokens, first) ?? (STANCES.has(cueLemma(cueWord) ?? '') ? nounPhraseBefore(tokens, first) : undefined);
    if (share && (tokens.slice(share.first, share.last + 1).some((t) => PLURAL_WORDS.test(t.lower)) || STANCES.has(cueLemma(cueWord) ?? '')
      || tokens.slice(Math.max(0, share.first - 3), share.first).some((t) => /^(?:with|about|over)$/.test(t.lower)))) {
      return { speaker: share, contentFrom, inverted: false, borrowed: false };
    }
    // A speech participle says what the noun before it says, whatever the noun: "a flier saying the mayor would
    // raise taxes", "the signs denouncing the law". (Other cues are too often plain modifiers: "a law requiring …".)
    const sayer = kind === 'speech' ? nounPhraseBefore(tokens, first, true) : undefined;
    if (sayer) return { speaker: sayer, contentFrom, inverted: false, borrowed: false };
    // "…, calling it “disqualifying” and asserting that …": a second participle shares the speaker too.
    if (/^(?:and|but)$/.test(previousWord) && mainSpeaker) return { speaker: mainSpeaker, contentFrom, inverted: false, borrowed: true };
    // "is not saying", "isn’t saying": a negated progressive of speech reports what was not said.
    const negated = kind === 'speech' && /^(?:not|never|isn't|wasn't|aren't|weren't)$/.test(previousWord);
    const auxiliary = /^(?:not|never)$/.test(previousWord) ? plainApostrophes(tokens[first - 2]?.lower ?? '') : previousWord.replace(/n't$/, '');
    // Adverbs may stand between: "are now openly questioning".
    const beforeAdverbs = stepBack(tokens, first - 1, /^(?:\p{Ll}+ly|now|still|also|even|already)$/u);
    const progressive = beforeAdverbs < first - 1 && BE.has(tokens[beforeAdverbs]?.lower ?? '');
    if (!AUXILIARY.has(previousWord) && !progressive && !(negated && (AUXILIARY.has(auxiliary) || /^(?:is|was|are|were)$/.test(auxiliary)))) return undefined;
  }
  // A verb in the present after a past cue, with a subject of its own between, goes on the reported clause:
  // "Rubio said he’s proud of his campaign and expects to leave Nevada with …" is all Rubio said.
  if (COORDINATORS.has(previousWord) && mainSpeaker && /[^s]s$/.test(cueWord)) {
    const pastCue = tokens.findLastIndex((t, i) => i < first && t.word && t.text === t.lower && isPastForm(t.lower) && cueLemma(t.lower) !== undefined);
    if (pastCue >= 0 && tokens.slice(pastCue + 1, first - 1).some((t) => CLAUSE_STARTED.has(withoutContraction(plainApostrophes(t.lower))))) return undefined;
  }
  // A second verb of the same subject, past any auxiliary: "Cruz praised the ruling and said that …", "… and
  // threatened to sue", "… but did not suggest it would be Trump". Right after the conjunction, with no earlier
  // frame, the subject is the clause's: "The council met and said …"; past an auxiliary too, when it is a plain noun
  // phrase: "Experts have discounted the claims, but have speculated that …".
  const coordinator = COORDINATORS.has(previousWord) ? first - 1 : auxiliariesBefore(tokens, first);
  if (COORDINATORS.has(tokens[coordinator]?.lower ?? '') && !participle) {
    let subject = coordinator < first - 1 ? mainSpeaker ?? plainSubject(tokens, clauseSubject(tokens, coordinator)) : baseForm ? undefined : mainSpeaker ?? clauseSubject(tokens, first - 1);
    // Otherwise the subject of the verb before the conjunction: "such as when Cruz knocked Rubio on trade and called him …".
    if (!subject && !baseForm) {
      const verb = tokens.findLastIndex((t, i) => i < coordinator && i >= coordinator - 12 && t.word && t.text === t.lower && (IRREGULAR_PAST.has(t.lower) || /[^e]ed$/.test(t.lower)));
      if (verb > 0 && tokens.slice(verb + 1, coordinator).every((t) => t.text !== ',' && !CLAUSE_STARTED.has(t.lower))) subject = speakerBefore(tokens, verb);
    }
    if (subject) return { speaker: subject, contentFrom, inverted: false, borrowed: true };
  }
  // A list of verbs after commas shares the subject: "Trump joked about the crowd, declined to endorse
  // Ryan, and told reporters …" — when what the earlier cue reported is no clause of its own.
  // A relative clause ends at its comma, though: "Shelton, …, which endorsed Sanders, said …" is not "which".
  if (previousWord === ',' && mainSpeaker && lastCue >= 0 && !/^(?:who|which)$/.test(tokens[mainSpeaker.last]!.lower) && !participle && !baseForm
    && tokens.slice(lastCue + 1, first - 1).every((t) => !CLAUSE_STARTED.has(t.lower) && !isQuoteMark(t) && (t.text !== t.lower || !/ed$/.test(t.lower)))) {
    return { speaker: mainSpeaker, contentFrom, inverted: false, borrowed: true };
  }
  // "Mr. Trump was prompted to say, “…”", "Grieve interrupted me to announce, “…”": an infinitive speech verb
  // speaks for the clause's subject.
  // So does any cue after a verb of aspect: "is continuing to insist", "went on to name".
  if (previousWord === 'to' && baseForm && (kind === 'speech' || isAspectual(tokens, first - 2))) {
    const at = tokens[first - 2]?.lower === 'on' ? first - 3 : first - 2;
    const governing = tokens[at];
    // The object of a causative verb speaks: "pushed Democrats to say …"; after a verb, its subject: "was prompted to
    // say"; after anything else the clause's subject: "stood at a Bush event here to say …".
    const object = nounPhraseBefore(tokens, first - 1, true);
    const verbal = governing?.word && governing.text === governing.lower && (isPastForm(governing.lower) || BE.has(governing.lower) || isAspectual(tokens, at) || /^(?:me|him|her|us|them)$/.test(governing.lower));
    const subject = object && CAUSATIVES.has(tokens[object.first - 1]?.lower ?? '') ? object
      : verbal ? speakerBefore(tokens, at) ?? clauseSubject(tokens, first) : governing?.word ? clauseSubject(tokens, first) : undefined;
    if (subject) return { speaker: subject, contentFrom, inverted: false, borrowed: true };
  }
  // "Democratic voters are slightly more likely to say that …": how likely a group is to say or think something, as
  // polls report it, is the group's.
  if (previousWord === 'to' && baseForm && /^(?:likely|unlikely)$/.test(tokens[first - 2]?.lower ?? '')) {
    const be = stepBack(tokens, first - 3, /^(?:more|less|most|least|much|far|somewhat|about|as|\p{Ll}+ly)$/u);
    const subject = BE.has(tokens[be]?.lower ?? '') ? clauseBefore(tokens, be) : undefined;
    if (subject) return { speaker: subject, contentFrom, inverted: false, borrowed: false };
  }
  // "a marketing video that said, “…”": a relative "that" speaks for the noun before it, whatever the noun: "an outfit that endorsed Sanders".
  if (previousWord === 'that' && tokens[first - 2]?.word) {
    const antecedent = speakerBefore(tokens, first - 1) ?? nounPhraseBefore(tokens, first - 1);
    if (antecedent) return { speaker: antecedent, contentFrom, inverted: false, borrowed: false };
  }
  // An aside after the auxiliary parts the subject from its verb: "U.S. officials have, in fact, praised …".
  const aside = previousWord === ',' ? asideAfterAuxiliary(tokens, first - 1) : -1;
  const asideSubject = aside > 0 ? speakerBefore(tokens, aside) : undefined;
  if (asideSubject) return { speaker: asideSubject, contentFrom, inverted: false, borrowed: false };
  let before = speakerBefore(tokens, first);
  // Asides between the sentence's speaker and the cue are not the speaker: "Sen. Chuck Grassley, facing a
  // challenge in Iowa, a swing state, said …" is Grassley, not "Iowa, a swing state"; so with any cue: "The
  // former congressman, who led a filibuster in June, thinks …".
  if (before?.first !== 0) before = speakerBeforeAsides(tokens, first) ?? before;
  if (before && tokens[before.last]!.word && /['’]s?$/.test(tokens[before.last]!.text) && !isPronoun(tokens[before.last]!.lower)) return undefined; // "Trump’s tweet": a noun, not a cue
  // A name after a preposition is the complement of a longer subject: "protest organizers *in Cleveland* say".
  if (before && COMPLEMENT_PREPOSITIONS.has(tokens[before.first - 1]?.lower ?? '')) before = openingSubject(tokens, first) ?? before;
  // "Campaign finance records from the state show": the base form agrees with the long subject, not "the state".
  // Failing that, the plural subject opening the sentence (below): "Senior advisers who have run the numbers argue …".
  // "say" has no noun use after a subject, so any phrase agrees with it: "Still, Democrats say …".
  // A modal may stand before adverbs: "can barely believe", "would not endorse".
  const modal = stepBack(tokens, first - 1, /ly$|^(?:not|also|still|never|ever|even|only|just)$/);
  const disagrees = before && baseForm && cueWord !== 'say' && !MODALS.has(plainApostrophes(tokens[modal]?.lower ?? '')) && !pluralPhrase(tokens, before);
  if (disagrees) before = subjectBefore(tokens, first, true);
  else before ??= subjectBefore(tokens, first, baseForm) ?? speakerAfterQuote(tokens, first);
  // Any subject opening the sentence speaks through a speech verb in the past or third person: "Each side said …".
  // "say" has no singular subject, so before it any subject will do: "Nearly a third say …", "42% say …".
  // Not when the layout is inverted, a name after the cue: "…, said Mark Kantrowitz, a student loan expert."
  const named = previousWord === ',' && isCapitalised(tokens[last + 1]) && !baseForm && !TAKES_LISTENER.has(cueWord) ? speakerAfter(tokens, last + 1) : undefined;
  const invertedLayout = named !== undefined && endsInvertedSpeaker(tokens[named.last + 1]) && !/^(?:that|to)$/.test(tokens[named.last + 1]?.lower ?? '');
  // A relative clause after the subject is no subject of its own: "The delegate and activist, who backs Cruz, said …",
  // "Even Republicans who have praised his candidacy warned …".
  const relativeMain = mainSpeaker !== undefined && /^(?:who|which)$/.test(tokens[mainSpeaker.first]!.lower);
  if (!before && (kind === 'speech' || kind === 'other') && (!mainSpeaker || relativeMain) && !invertedLayout) {
    const subject = openingSubject(tokens, first);
    // A base form agrees only with a plural: "Senior advisers who have run the numbers argue that …".
    if (subject && (!baseForm || cueWord === 'say' || pluralPhrase(tokens, beforeRelative(tokens, subject)))) before = subject;
  }
  // "say" is a verb after any noun phrase, listed speaker or not: "old Iowa political hands say …", "history says …".
  if (!before && cueLemma(cueWord) === 'say' && !participle) before = nounPhraseBefore(tokens, first);
  if (before) return { speaker: before, contentFrom, inverted: false, borrowed: false };
  // Inverted order only right after a quote or a comma: "“…,” said Lorenzana", "…, says the report."
  const previous = tokens[first - 1];
  if ((kind === 'speech' || kind === 'tag') && (!previous || previous.text === ',' || isQuoteMark(previous))) {
    const after = speakerAfter(tokens, last + 1);
    if (after && endsInvertedSpeaker(tokens[after.last + 1])) return { speaker: after, contentFrom: contentStart(tokens, after.last + 1, ''), inverted: true, borrowed: false };
  }
  return undefined;
}

/**
 * Whether the phrase after a tag can be its speaker: not when a verb follows, which makes the phrase the
 * subject of what was said: "Sam Lee, who went on to work for him, said his boss was “always kind.”"
 */
const endsInvertedSpeaker = (next: Token | undefined): boolean => !next || !/^(?:is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|did|does|do|isn't|wasn't|won't|wouldn't|didn't|doesn't|hasn't|hadn't)$/.test(plainApostrophes(next.lower));

/** How many tokens right before `at` say when: "Wednesday", "on Monday", "last week". */
function timeWordsBefore(tokens: Token[], at: number): number {
  for (let n = 1; n <= 2; n++) if (timeWords(tokens, at - n) === n) return n;
  return 0;
}

/** Index of the word before the auxiliaries, negations and adverbs right before the cue at `first`. */
function auxiliariesBefore(tokens: Token[], first: number): number {
  let at = first - 1;
  while (at >= 0 && AUXILIARY_CHAIN.test(plainApostrophes(tokens[at]!.lower))) at--;
  return at;
}
/** Words between a coordinator and a second verb of the same subject: "but did not suggest", "and has repeatedly said". */
const SECOND_VERB_AUXILIARIES = String.raw`did|does|do|would|will|could|can|should|has|had|have|not|never|also|then|later|now|still|didn['’]t|doesn['’]t|don['’]t|won['’]t|wouldn['’]t|hasn['’]t|haven['’]t`;
const AUXILIARY_CHAIN = new RegExp(String.raw`^(?:${SECOND_VERB_AUXILIARIES}|\p{Ll}+ly)$`, 'u');

/** The comma opening an aside that closes at `close`, right after an auxiliary ("have, in fact,"), or -1. */
function asideAfterAuxiliary(tokens: Token[], close: number): number {
  for (let open = close - 2; open > 0 && close - open <= 6; open--) {
    if (!tokens[open]!.word) return tokens[open]!.text === ',' && /^(?:has|have|had|is|was|are|were|will|would|could|should|did|does|do)$/.test(tokens[open - 1]?.lower ?? '') ? open : -1;
  }
  return -1;
}

/** A comma, then only an adverbial before the participle at `first`: "…, at one point calling the mayor a “liar”", "…, again using …". */
function commaBeforeAdverbs(tokens: Token[], first: number): boolean {
  const words = [];
  for (let i = first - 1; i >= 0 && first - i <= 4; i--) {
    if (tokens[i]!.text === ',') return words.length > 0 && ADVERBIAL.test(words.reverse().join(' '));
    if (!tokens[i]!.word) return false;
    words.push(tokens[i]!.lower);
  }
  return false;
}
const ADVERBIAL = /^(?:at one point|at times|at the same time|in turn|again|also|later|then|once|even|still|instead|repeatedly|\p{L}+ly(?: \p{L}+ly)?)$/u;

/**
 * A question put by the reporter, with no speaker of its own: "Asked whether
 * he would run again, the senator laughed", "Clinton was asked if she had
 * ever been discriminated against". The question is what PolNeAR attributes;
 * the one asked answers in a frame of their own.
 */
function reportersQuestion(tokens: Token[], first: number, last: number): ReturnType<typeof frameFor> {
  if (cueLemma(tokens[first]!.lower) !== 'ask') return undefined;
  // "Asked whether …", "When asked whether …", "If asked about …".
  // "…,” Christie said when asked whether …" opens the question in mid-sentence too.
  const opening = tokens.slice(0, first).every((t) => !t.word) || BEFORE_ASKED.has(tokens[first - 1]?.lower ?? '');
  const passive = BE.has(tokens[first - 1]?.lower ?? '');
  if (!opening && !passive) return undefined;
  let from = last + 1;
  // "Asked by reporters whether …", "Asked on Fox News who …", "When asked at a briefing Monday about …":
  // who asked, when and where are not what was asked.
  if (ASKED_CIRCUMSTANCE.test(tokens[from]?.lower ?? '') || WEEKDAYS.includes(tokens[from]?.lower ?? '')) {
    while (from < tokens.length && from - last < 10 && !QUESTION_WORDS.has(tokens[from]!.lower) && tokens[from]!.text !== ',' && !isQuoteMark(tokens[from])) from++;
  }
  const about = tokens[last]!.lower === 'about' && from === last + 1; // "was asked about the speeches"
  if ((!about && !QUESTION_WORDS.has(tokens[from]?.lower ?? '')) || (opening && tokens[from]!.lower === 'to')) return undefined;
  return { speaker: wholePhrase(first, last), contentFrom: from, inverted: false, borrowed: false, unattributed: 'question' };
}

const ASKED_CIRCUMSTANCE = /^(?:by|on|at|in|during|after|before|last|this|earlier|later|again|repeatedly|\p{L}+ly)$/u;

/**
 * The subject of an impression verb, back to the clause boundary: "After the
 * debate, *the Sanders team* appeared to …", "It is not the first time *Trump
 * business practices* have appeared to …" (from the last clause word on).
 */
function clauseBefore(tokens: Token[], cue: number): SpeakerPhrase | undefined {
  let last = cue - 1;
  while (last >= 0 && /^(?:has|have|had|also|would|will|may|might|could|can|must|should|shall|does|did|do|now|still|already|only|even|at|least|to|not|never|\p{L}+n['’]t)$/u.test(tokens[last]!.lower)) last--;
  let first = last + 1;
  while (first > 0 && last - first < 25) {
    const previous = tokens[first - 1]!;
    if (/^[,;:—–―()]$/.test(previous.text) || isQuoteMark(previous) || CLAUSE_OPENERS.has(previous.lower) || cueLemma(previous.lower)) break;
    first--;
  }
  if (first > last || !tokens.slice(first, last + 1).some((t) => t.word)) return undefined;
  return wholePhrase(first, last);
}

/** Tokens `first`..`last` as a phrase that is its own head: a clause, a relative pronoun, a cue standing for its speaker. */
const wholePhrase = (first: number, last: number): SpeakerPhrase => ({ first, last, head: { first, last } });

/** Words between straight single quotes: opened before a letter at a word's start, closed after a word. */
const STRAIGHT_SINGLE_QUOTED = /(?:^|[\s(])'\p{L}[^']{0,80}[\p{L}.,!?]'(?=[\s,.;:!?)]|$)/u;

/** Things that say what their authors put in them: "a statement saying …", "a sign reading …". */
const MEDIA = new Set(['statement', 'video', 'ad', 'advertisement', 'letter', 'email', 'e-mail', 'tweet', 'post', 'message', 'release',
  'note', 'memo', 'sign', 'banner', 'placard', 'poster', 'report', 'filing', 'motion', 'brief', 'complaint', 'lawsuit', 'op-ed', 'column',
  'hat', 'cap', 'shirt', 't-shirt', 'button', 'sticker', 'headline']);

/** Finite verbs whose object does what the infinitive after it says: "urged voters to say", "led Republicans to argue". */
const CAUSATIVES = new Set(['push', 'urge', 'lead', 'force', 'prompt', 'encourage', 'ask', 'convince', 'persuade', 'pressure', 'press', 'get', 'allow', 'invite', 'drive'].flatMap(verbForms).filter((form) => !form.endsWith('ing')));
/** Words before a noun, so that a cue word after them is its noun: "the start", "a call", "his report". */
const NOUN_DETERMINERS = /^(?:the|a|an|his|her|their|its|our|my|this|that)$/;
const PLACE_OR_TIME = /^(?:on|in|at|before|with|alongside|together|onstage|for|from|by|as|during|after|into|out)$/;

const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'because', 'while', 'when', 'if', 'as', 'which', 'who', 'although', 'though', 'since', 'so', 'where', 'whether']);

/**
 * The phrase a relative "who" or "which" stands for, when the sentence names it:
 * "Rep. Ann Holt, who chairs the panel, said …" is Rep. Ann Holt speaking;
 * "her medical records, which showed …" are the records.
 */
function relativeAntecedent(tokens: Token[], speaker: SpeakerPhrase): SpeakerPhrase | undefined {
  if (speaker.first !== speaker.last || !/^(?:who|which)$/.test(tokens[speaker.first]!.lower)) return undefined;
  const end = tokens[speaker.first - 1]?.text === ',' ? speaker.first - 1 : speaker.first;
  return end > 0 ? speakerBefore(tokens, end) : undefined;
}

/** A base-form cue needs a plural subject or a modal: "officials say", "he would say", not "the US state". */
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'do', 'does', 'to', "didn't", "don't", "doesn't", 'not', "won't", "wouldn't", "can't", 'also']);
/**
 * A plural head: "they", "officials", a plural opening the sentence ("Sources say …"), and the shares
 * polls report ("Six in 10 say …", "A mere 9 percent say …", "a majority say …").
 */
const isPlural = (head: Token, opensSentence = false): boolean => /^(?:i|you|who)$/.test(head.lower)
  || ((head.text === head.lower || opensSentence) && /[^s]s$/.test(head.lower)) || PLURAL_WORDS.test(head.lower)
  || GROUP_PLURAL.test(head.text);
/** Capitalised plurals of groups, unlike surnames ending in -s ("Sanders"): "Democrats", "Republicans", "Hispanics", "Millennials". */
const GROUP_PLURAL = /^\p{Lu}\p{Ll}+(?:ans|ats|ics|als|ists|ites)$/u;
/** Words that make a phrase plural: plural pronouns, the shares polls report, quantifiers, numbers. */
const PLURAL_WORDS = /^(?:they|we|people|police|men|women|children|data|percent|%|majority|minority|half|surveyed|polled|questioned|interviewed|most|many|few|some|both|several|all|others|\d[\d,.]*%?|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)$/;

/**
 * A plural speaker phrase, by its last word, by the noun its complement hangs on ("Aides to Clinton say …"), or
 * by "and" joining names ("Mr. Autor and Mr. Hanson emphasize …").
 */
const pluralPhrase = (tokens: Token[], phrase: SpeakerPhrase): boolean => isPlural(tokens[phrase.last]!, phrase.last === 0)
  || tokens.slice(phrase.first + 1, phrase.last).some((t, i) => t.text === 'and' && isCapitalised(tokens[phrase.first + i]) && isCapitalised(tokens[phrase.first + i + 2]))
  || tokens.slice(phrase.first, phrase.last).some((t, i) => COMPLEMENT_PREPOSITIONS.has(tokens[phrase.first + i + 1]!.lower) && isPlural(t, phrase.first + i === 0));

/** A subject without its relative clause, for agreement: "Senior advisers" of "Senior advisers who have run the numbers". */
function beforeRelative(tokens: Token[], subject: SpeakerPhrase): SpeakerPhrase {
  for (let i = subject.first + 1; i <= subject.head.last; i++) if (/^(?:who|which|that)$/.test(tokens[i]!.lower)) return { ...subject, last: i - 1 };
  return { ...subject, last: subject.head.last };
}

const STANCES = new Set(['support', 'back', 'oppose', 'endorse', 'favor', 'favour']);

const GERUND_PREPOSITIONS = new Set(['by', 'after', 'while', 'upon', 'before', 'since', 'besides', 'from']);

/** Prepositions that join a complement to the noun before them: "Aides *to* Clinton", "organizers *in* Cleveland". */
const COMPLEMENT_PREPOSITIONS = new Set(['in', 'of', 'to', 'at', 'from', 'for', 'with', 'on', 'about', 'within', 'among', 'across']);

const AUXILIARY = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'am', "he's", "she's", "they're", "i'm", "we're", 'keeps', 'kept', 'started', 'began', 'continues', 'continued', 'also', 'now', 'still']);

const COORDINATORS = new Set(['and', 'but', 'then']);

/** An opening adverbial of a few words and no verb: "In the end", "Back then", "since then", "In contrast", "Overall", "Frankly". */
const isLeadAdverbial = (text: string): boolean => /^\s*(?:(?:in|at|on|since|back|by|for|until|after|before)\s+)?(?:the\s+)?(?:end|then|now|contrast|short|general|fact|turn|all|part|truth|private|public|time|past|years?|months?|weeks?|days?)[\s,]*$/i.test(text)
  || /^\s*(?:overall|still|instead|meanwhile|otherwise|moreover|besides|again|today|\p{L}+ly)[\s,]*$/iu.test(text);

/**
 * A subordinate clause or phrase opening the content cannot be all of it:
 * "Ms. Lee says despite being an alumna, she plans to root for Iowa".
 */
const opensSubordinate = (text: string): boolean => /^\s*(?:that\s+)?(?:despite|although|though|while|if|unless|because|since|when|once|after|before|as soon as|even if|even though)\s[^,;]*$/i.test(text);

/** The subject a participle clause shares when no earlier frame names it: the speaker phrase opening the sentence. */
function clauseSubject(tokens: Token[], participle: number): SpeakerPhrase | undefined {
  // A wire dateline is no part of the clause: "Washington (AFP) – Democrat Hillary Clinton has taken a swipe …, saying".
  const start = datelineEnd(tokens);
  const opening = tokens[start];
  // An opening participle ("Speaking at a rally, …") is no subject, but a name spelled like one is: "Schilling went …".
  const verbAfter = tokens[start + 1]?.text === tokens[start + 1]?.lower && isPastForm(tokens[start + 1]?.lower ?? '');
  if (opening && !ADVERBIAL_OPENERS.has(opening.lower) && (!/^\p{Lu}\p{Ll}+ing$/u.test(opening.text) || verbAfter)) {
    // The longest phrase before the subject's verb: "Three governors appeared on …" is "Three governors", not "Three".
    let found: SpeakerPhrase | undefined;
    for (let end = start + 1; end < participle && end <= start + 12; end++) {
      const next = tokens[end]!;
      if (!next.word || next.text !== next.lower) continue;
      // A relative clause set off by commas follows the subject: "Republicans, who hold a majority, have blocked …".
      const subject = speakerBefore(tokens, next.lower === 'who' && tokens[end - 1]!.text === ',' ? end - 1 : end);
      if (subject && subject.first <= start + 1 && !/^(?:the|a|an)$/i.test(tokens[subject.last]!.text)) found = subject;
      // A speaker noun after a name is the phrase's head, not its verb: "The Sanders campaign doubled down, saying …".
      const head = cueLemma(next.lower) ? speakerBefore(tokens, end + 1) : undefined;
      if (head && head.last === end && head.first <= start + 1) {
        found = head;
        continue;
      }
      if (found && (cueLemma(next.lower) || /ed$/.test(next.lower) || IRREGULAR_PAST.has(next.lower) || CLAUSE_OPENERS.has(next.lower) || CLAUSE_STARTED.has(next.lower))) break;
    }
    if (found) return found;
    // A subject set off by asides, before the clause's verb: "Sen. Mark Kirk, R-Ill., who faces a tough race, rescinded
    // his endorsement, saying …".
    const verb = tokens.findIndex((t, i) => i > start + 1 && i < participle && tokens[i - 1]!.text === ',' && t.word && t.text === t.lower
      && (IRREGULAR_PAST.has(t.lower) || /[^e]ed$/.test(t.lower) || /^(?:has|have|had|is|was|are|were|will|would)$/.test(t.lower)));
    const setOff = verb > 0 ? speakerBeforeAsides(tokens, verb) : undefined;
    if (setOff) return setOff;
  }
  // After an opening adverbial the subject follows one of its commas: "At a campaign event in Ames, Iowa,
  // on Sunday, Mrs. Clinton tried to expand on her remarks, saying …", "Here in Columbia, Sanders stepped up …".
  for (let comma = 1; comma < participle - 1 && comma < 30; comma++) {
    if (tokens[comma]!.text !== ',') continue;
    const subject = speakerAfter(tokens, comma + 1);
    const next = subject && tokens[subject.last + 1];
    if (next?.word && next.text === next.lower && !CLAUSE_OPENERS.has(next.lower) && !PLACE_OR_TIME.test(next.lower)) return subject;
  }
  return undefined;
}

/**
 * The subject of the main clause after an opening participle clause: the first speaker phrase after one of its
 * commas that a lowercase verb follows ("Noting that …, Sen. Jon Tester added").
 */
function mainSubjectAfter(tokens: Token[], from: number): SpeakerPhrase | undefined {
  for (let comma = from + 1; comma < tokens.length && comma - from < 40; comma++) {
    if (tokens[comma]!.text !== ',') continue;
    const subject = speakerAfter(tokens, comma + 1);
    const next = subject && tokens[subject.last + 1];
    if (next?.word && next.text === next.lower && !CLAUSE_OPENERS.has(next.lower) && !PLACE_OR_TIME.test(next.lower)) return subject;
  }
  return undefined;
}

/** A subject phrase that is only a noun phrase: not an adverb ("Sparsely"), "none", or words with a verb in them — a pronoun may keep its contraction ("They’re"). */
function plainSubject(tokens: Token[], subject: SpeakerPhrase | undefined): SpeakerPhrase | undefined {
  if (!subject) return undefined;
  const words = tokens.slice(subject.first, subject.last + 1);
  if (words.length === 1 && /^(?:\p{L}+ly|none|neither|either|it|that|this|there)$/iu.test(words[0]!.text)) return undefined;
  return words.some((t) => (CLAUSE_STARTED.has(withoutContraction(plainApostrophes(t.lower))) && !isPronoun(t.lower)) || /n['’]t$|^cannot$/.test(t.lower)
    || (/['’]re$/.test(t.lower) && !isPronoun(withoutContraction(plainApostrophes(t.lower))))) ? undefined : subject;
}

/** Cues whose listener comes before what was said: "told reporters he …", "warned Democrats the …". */
const TAKES_LISTENER = new Set(['told', 'tells', 'telling', 'tell', 'asked', 'asks', 'asking', 'informed', 'assured', 'reassured', 'reminded', 'warned', 'warns', 'urged']);
const LISTENERS = new Set(['reporters', 'journalists', 'him', 'her', 'them', 'us', 'me', 'you', 'supporters', 'voters', 'viewers', 'listeners', 'lawmakers', 'colleagues', 'members', 'investors', 'audiences', 'crowds']);

/** A listener and when or where they were told, with no clause of what: "a Senate panel", "the court in his filing". */
const isListenerOnly = (text: string): boolean => {
  const words = text.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
  return listenerLength(words) > 0 && words.length <= 10
    && !words.some((w) => CLAUSE_STARTED.has(withoutContraction(w.toLowerCase())) || /^(?:that|to)$/i.test(w) || (CLAUSE_OPENERS.has(w.toLowerCase()) && w !== 'as'));
};

/**
 * How many of `words` name someone told, not something: "reporters", "The Associated Press", "his closest
 * advisers", "a packed crowd" — not "a joke". 0 when they name no listener.
 */
function listenerLength(words: string[]): number {
  const isListener = (word: string | undefined): boolean => LISTENERS.has(word ?? '') || AUDIENCES.has(word ?? '');
  const determiner = /^(?:a|an|the|his|her|their|its|our|my|your)$/i.test(words[0] ?? '') ? 1 : 0;
  let at = determiner;
  // A name, or a group named after one: "The Associated Press", "a Planned Parenthood gathering".
  while (/^\p{Lu}/u.test(words[at] ?? '')) at++;
  // A name before a noun of its own modifies it: "the Vermont senator" is told, whole, and left in place.
  const modifies = determiner > 0 && /^\p{Ll}+$/u.test(words[at] ?? '') && !CLAUSE_STARTED.has(words[at]!) && !/^(?:that|to|in|on|at|of|during|after|before|last|this|about)$/.test(words[at]!);
  if (at > determiner) return isListener(words[at]) ? at + 1 : modifies ? 0 : at;
  // After a determiner, a few adjectives may stand before the listener: "his closest advisers".
  // So may any noun when a question or a clause follows it: "asked the mayor how she would …".
  for (; determiner && at < Math.min(words.length, 4) && /^\p{Ll}+$/u.test(words[at]!) && !CLAUSE_STARTED.has(words[at]!); at++) {
    if (isListener(words[at]) || /^(?:how|whether|if|what|why|when|where|he|she|they|we|i)$/.test(words[at + 1] ?? '')) return at + 1;
  }
  // "told reporters …", "told her he would …": the listener alone — "her delegate lead" is no listener.
  const next = words[1]?.toLowerCase();
  const alone = next === undefined || !/^\p{Ll}+$/u.test(words[1]!) || CLAUSE_STARTED.has(next) || /^(?:on|in|at|during|after|before|last|this|that|yesterday|today|earlier|later)$/.test(next);
  return isListener(words[0]?.toLowerCase()) && (!determiner || alone) ? 1 : 0;
}

/** Groups spoken to, besides the listeners that may stand alone. */
const AUDIENCES = new Set(['court', 'committee', 'panel', 'crowd', 'audience', 'jury', 'judge', 'senate', 'house', 'donors', 'delegates', 'students', 'advisers', 'aides', 'staff', 'staffers', 'congregation', 'gathering', 'group', 'rally', 'meeting', 'conference', 'convention', 'interviewer', 'host', 'network', 'newspaper', 'magazine', 'station', 'radio', 'television']);
const OPENING_CIRCUMSTANCE = /^\W*(?:in|on|at|during|while|when|whenever|if|although|though|because|after|before|since|just|yesterday|today|earlier|later|last|this)\b/i;

/** Words that show the reported clause has begun: a subject pronoun or a finite auxiliary. */
const CLAUSE_STARTED = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'would', 'will', 'could', 'can', 'should', 'may', 'might', 'must',
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'does', 'did']);

/** Past the listener and "that": "told reporters that …", "said on Tuesday that …", "said: “…”". */
function contentStart(tokens: Token[], from: number, cue: string): number {
  // A listener may be long, commas and all: "told a town hall in Salem, New Hampshire, on Monday that …";
  // so may the time and place of a statement: "said Thursday during a town hall in Buffalo, New York, that …".
  // "spoke out about racism", "spoke out against the bill": after its particle the cue's preposition still leads in.
  if (tokens[from - 1]?.lower === 'out' && /^(?:about|against|on|for)$/.test(tokens[from]?.lower ?? '')) return skipLead(tokens, from + 1);
  // "spoke at the White House on Tuesday about rights …": what was spoken about.
  const about = /^(?:speak|talk)$/.test(cueLemma(cue) ?? '') ? aboutAfterCircumstance(tokens, from) : undefined;
  if (about !== undefined) return skipLead(tokens, about + 1);
  const listener = cueLemma(cue) === 'tell';
  const next = tokens[from]?.lower ?? '';
  // "vented to her husband, Frank Fiorina, that …": whom it was said to, set off by commas like a place.
  const toWhom = tokens[from + 1]?.lower ?? '';
  const toListener = next === 'to' && (isCapitalised(tokens[from + 1]) || /^(?:the|a|an|his|her|their|its|our|my)$/.test(toWhom) || LISTENERS.has(toWhom));
  const circumstance = toListener || PLACE_OR_TIME.test(next) || WEEKDAYS.includes(next) || /^(?:yesterday|today|tonight|earlier|later|recently|last)$/.test(next);
  const long = listener || circumstance;
  // An aside between commas may part the cue from its "that": "believes, for example, that …", "said, in a statement, that …".
  const asideEnd = tokens[from]?.text === ',' ? tokens.findIndex((t, i) => i > from + 1 && i - from <= 8 && t.text === ',') : -1;
  if (asideEnd > 0 && tokens[asideEnd + 1]?.lower === 'that' && tokens.slice(from + 1, asideEnd).every((t) => t.word && !CLAUSE_STARTED.has(t.lower))) return asideEnd + 2;
  // "pledged to stay through that contest": an infinitive is the content itself, and a later "that" is its own.
  if (next === 'to' && takesInfinitive(cue) && /^\p{Ll}+$/u.test(tokens[from + 1]?.text ?? '') && !toListener) return from;
  for (let i = from; i < tokens.length && i - from < (long ? 20 : 8); i++) {
    const token = tokens[i]!;
    // After a noun phrase object, "that" is relative or the noun's own: "named cities that have mourned", "rebutted the
    // accusation that the articles were false" (not "told reporters that …").
    if (token.lower === 'that') {
      // So it is after a cue's own preposition: "has spoken about Palestinian dignity in a manner that is unusual".
      const afterPreposition = CUE_PREPOSITION.test(tokens[from - 1]?.lower ?? '');
      const lemma = cueLemma(cue) ?? '';
      if (i > from && !listener && !circumstance && (NP_OBJECT_CUES.has(lemma) || OBJECT_CUES.has(lemma) || afterPreposition)) break;
      // "that" before a noun and a break is a demonstrative: "confirmed that observation, reporting …".
      if (i === from && /^\p{Ll}+$/u.test(tokens[i + 1]?.text ?? '') && (!tokens[i + 2] || /^[,.;:!?]$/.test(tokens[i + 2]!.text))) return i;
      // "that" before a verb is the clause's subject: "suggesting that might not be enough".
      if (/^(?:might|may|would|will|could|can|should|must|is|was|has|had|isn't|wasn't|won't|wouldn't)$/.test(plainApostrophes(tokens[i + 1]?.lower ?? ''))) return i;
      return i + 1;
    }
    // "promised Sunday at a rally in Las Vegas to end …": past when and where, the infinitive.
    if (circumstance && i > from && token.lower === 'to' && takesInfinitive(cue)) return i;
    // A programme named as the listener: "told ABC’s “Good Morning America” that …".
    const title = long && isQuoteMark(token) ? quotedTitleEnd(tokens, i) : undefined;
    if (title !== undefined) {
      i = title;
      continue;
    }
    // "praised the ruling and said that …": that "that" opens the second verb's clause.
    // Nor past a dash, which opens the reporter's comment: "reported on Tuesday -- a development that …".
    // A plural possessive's mark is no quotation: "wrote to Sanders’ Senate office that …"; nor is a year's: "said in ‘08 that".
    const possessive = /^['’‘]$/.test(token.text) && ((/s$/i.test(tokens[i - 1]?.text ?? '') && tokens[i + 1]?.word === true) || /^\d\d$/.test(tokens[i + 1]?.text ?? ''));
    // Past to whom, when or where it was said, a quotation after a comma opens the content: "told the mayors who
    // gathered in Indianapolis, “no one should be confused …”".
    if (long && i > from && isQuoteMark(token) && !possessive && tokens[i - 1]?.text === ',' && tokens[i + 1]?.word) return i;
    if ((token.text === ',' && !long) || token.text === ':' || (isQuoteMark(token) && !possessive) || COORDINATORS.has(token.lower) || isDash(tokens, i)) break;
    // "Zucker said the coverage would resemble that of CNN": once the reported clause has its subject
    // and verb, a later "that" belongs to it, not to the cue. ("in May" is a month, not "may".)
    // After when or where it was said, the reported clause may begin without "that": "has said for weeks he’s …",
    // "wouldn’t discuss on the show whether he …".
    if (circumstance && i > from && /^(?:he|she|they|we|i|you|whether|how|why)$/.test(withoutContraction(plainApostrophes(token.lower))) && tokens[i - 1]?.word) return i;
    if ((CLAUSE_STARTED.has(token.lower) && token.text === token.lower) || /n['’]t$/.test(token.lower)) break;
    // Nor a "that" after another cue: "Democrats say those revelations show that …" — but a cue word after a
    // determiner in when or where it was said is a noun: "said at the start of the hearing that …", "in a call that …".
    if (i > from && !listener && token.text === token.lower && cueLemma(token.lower) && !/ing$/.test(token.lower) && !(circumstance && NOUN_DETERMINERS.test(tokens[i - 1]!.lower))) break;
  }
  let at = from;
  // The listener is the verb's own object: not after "asked for".
  if (TAKES_LISTENER.has(cue) && tokens[from - 1]?.lower === cue) {
    at += listenerLength(tokens.slice(from, from + 8).map((t) => t.text));
    // "told The Star-Ledger of Newark last week she would …": the listener's place and when it was told.
    if (at > from && /^(?:of|in)$/.test(tokens[at]?.lower ?? '') && isCapitalised(tokens[at + 1])) for (at++; isCapitalised(tokens[at]); at++);
    for (let time = timeWords(tokens, at); time > 0; time = timeWords(tokens, at)) at += time;
    // "asked Carson about his ties to …", "asked the governor about …": what the listener was asked about.
    const about = cueLemma(cue) === 'ask' ? tokens.slice(from + 1, from + 5).findIndex((t) => t.lower === 'about') + from + 1 : -1;
    if (about > from && tokens.slice(from, about).every((t) => t.word && !CLAUSE_STARTED.has(t.lower))) at = about + 1;
    // "urged him to resign": what the listener is urged, asked or told to do takes the listener along.
    if (at > from && tokens[at]?.lower === 'to') at = from;
    // What the listener was reminded of, asked for or told about: "reminded the crowd of the stakes".
    else if (at > from && /^(?:of|about|for)$/.test(tokens[at]?.lower ?? '')) at++;
  }
  return skipLead(tokens, at);
}

/** The closing mark of a short title in title case opened at `open` (“Good Morning America”), or undefined. */
function quotedTitleEnd(tokens: Token[], open: number): number | undefined {
  for (let i = open + 1; i < tokens.length && i - open <= 6; i++) {
    if (isQuoteMark(tokens[i])) return i > open + 1 ? i : undefined;
    if (tokens[i]!.word && !isCapitalised(tokens[i])) return undefined;
  }
  return undefined;
}

/** Where a sentence starts past its dateline, if it opens with one: "WASHINGTON (AP) — …", "CHARLESTON, S.C. — …". */
function openingAfterDateline(body: string, sentence: Span): number {
  if (!/[—–―-]/.test(body.slice(sentence.start, sentence.start + 80))) return sentence.start;
  const tokens = tokenize(body, { start: sentence.start, end: Math.min(sentence.end, sentence.start + 120) });
  const end = datelineEnd(tokens);
  return end > 0 && end < tokens.length ? tokens[end]!.start : sentence.start;
}

function skipLead(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && /^[,:;—–―-]$/.test(tokens[i]!.text)) i++;
  return i;
}

/**
 * A frame that starts right after the quote: `“…,” DFA said` / `“…,” said
 * Lorenzana`. After a quote that ends its sentence (`“….” He added, “…”`)
 * the frame belongs to what follows, unless it ends there too (`“….” he said.`).
 */
function frameAfter(body: string, frames: FrameIndex, segment: QuoteSegment): Frame | undefined {
  const endsSentence = /[.]\s*$/.test(body.slice(segment.inner.start, segment.inner.end));
  // After a question or an exclamation, a frame introducing the next quotation with a comma is that quotation's:
  // "Blumenthal was asked, “…?” He answered, “I have no idea.”"
  const asks = /[?!]\s*$/.test(body.slice(segment.inner.start, segment.inner.end));
  const introducesNext = (f: Frame): boolean => asks && /^\s*[,:]\s*[“"‘]/.test(body.slice(f.end, f.end + 6));
  // Only whitespace, commas and dashes may separate them, so the frame starts within a few characters.
  // A participle sharing another verb's subject continues that verb's statement: "said there is “…,” adding that …".
  // A signature may stand in a paragraph of its own: "“…” // - Sanders."
  const dash = (f: Frame): boolean => SIGNATURE_DASH.test(body.slice(f.cue.start, f.cue.end));
  const signed = (f: Frame): boolean => f.paragraph === segment.paragraph + 1 && dash(f);
  // Scare quotes inside a noun phrase are no quote of the verb after it: "Some “moderate” Republicans have endorsed
  // …" — a word before the opening mark, and no punctuation closing the quotation or after it.
  const inNounPhrase = /[\p{L}\p{N}]\s+$/u.test(body.slice(Math.max(0, segment.start - 3), segment.start))
    && !/[,.!?…—–-]['’"”]*\s*$/.test(body.slice(segment.inner.start, segment.inner.end)) && !/^\s*[,—–―-]/.test(body.slice(segment.end, segment.end + 3));
  return frames.startingIn(segment.end, segment.end + 8).find((f) => (f.paragraph === segment.paragraph || signed(f)) && !f.unattributed && !introducesNext(f)
    && !(f.borrowed && /^\p{L}+ing\b/iu.test(body.slice(f.cue.start, f.cue.end)))
    && /^[\s,—–―-]*$/.test(body.slice(segment.end, f.start))
    && (f.inverted || dash(f) || !inNounPhrase)
    && (!endsSentence || dash(f) || /^[^\p{L}\p{N}“"\n]*(?:[.!?\n]|$)/u.test(body.slice(f.end, f.end + 40))));
}

/** Whether a frame has words of its own to report after it: "he claimed | they had never met", not "he said | on Tuesday." */
function reportsOwnClause(article: Article, frame: Frame): boolean {
  const sentence = article.sentences[frame.sentence]!;
  const rest = article.body.slice(frame.contentAfter, sentence.end).replace(/^[\s,]+|[\s.!?”"’]+$/g, '');
  return frame.contentAfter < sentence.end && /^\p{Ll}/u.test(rest) && rest.split(/\s+/).length >= 3 && !isTrailer(rest);
}

/** A clause right after the cue, not when or where it was said: "said | his campaign was …", not "said | in an interview". */
const CLAUSE_AFTER_CUE = /^\s+(?!(?:to|at|by|for|with|about|from|into|as|of|in|on|during|after|before|while|when|because|since|and|but|or|so|then|later|again|also)\b)\p{Ll}/u;

/** Whether a lowercase quotation its frame introduces sits in the clause an earlier speech verb of the sentence reports. */
function reportedByEarlierFrame(body: string, frames: FrameIndex, segment: QuoteSegment, frame: Frame): boolean {
  if (!/^\p{Ll}/u.test(body.slice(segment.inner.start, segment.inner.start + 1))) return false;
  return frames.inSentence(frame.sentence)
    .some((f) => f !== frame && f.end <= frame.start && f.contentAfter <= frame.start && !f.unattributed && f.cueKind === 'speech');
}

/**
 * The narration opening the sentence of a quote whose frame follows it is
 * part of what is reported: "The program was “a resounding success,” the
 * mayor said." — unless it introduces the quote itself (a cue or a colon
 * before the opening mark) or is only a conjunction.
 */
function clauseLead(article: Article, frames: FrameIndex, segment: QuoteSegment, frame: Frame): Span | undefined {
  const { body } = article;
  const sentence = article.sentences[frame.sentence]!;
  if (sentence.start >= segment.start) return undefined;
  const lead = trimSpan(body, { start: sentence.start, end: segment.start });
  const text = body.slice(lead.start, segment.start);
  // Earlier quoted words of the same statement belong to it: "Guns are “the ultimate public health crisis” and
  // “stunt children’s growth,” she said."
  // A lead ending in a comma is an adverbial ("In Iowa, “…,” he said") unless the quotation goes on with the verb
  // of the subject it set off: "The party, attended by hundreds every year, “allows us to get our message out,”".
  const subjectSetOff = /^\p{Ll}/u.test(body.slice(segment.inner.start, segment.inner.start + 1)) && /,/.test(text.replace(/,\s*$/, ''));
  if (wordCount(body, lead) < 2 || /[:;]/.test(text) || (/,\s*$/.test(text) && !subjectSetOff)) return undefined;
  if (frames.inSentence(frame.sentence).some((f) => f !== frame && f.start < segment.start)) return undefined;
  return lead;
}

/**
 * The start of the sentence before a frame set off by commas, when the quotation after the frame goes on with it
 * in lowercase: "The reality is, he added, “there are no recusals when you are president.”" — not an opening
 * adverbial ("Still, he said, “…”", "At the same time, …") or a long narration.
 */
function parentheticalLead(article: Article, frames: FrameIndex, segment: QuoteSegment, frame: Frame): Span | undefined {
  const { body } = article;
  const sentence = article.sentences[frame.sentence]!;
  if (!/^\p{Ll}/u.test(body.slice(segment.inner.start, segment.inner.start + 1))) return undefined;
  if (!/^\s*,\s*$/.test(body.slice(frame.end, segment.start)) || !/,\s*$/.test(body.slice(sentence.start, frame.start))) return undefined;
  if (frames.inSentence(frame.sentence).some((f) => f !== frame && f.start < frame.start)) return undefined;
  const lead = trimSpan(body, { start: sentence.start, end: body.slice(0, frame.start).replace(/[\s,]+$/, '').length });
  const text = body.slice(lead.start, lead.end);
  const first = (/^\W*(\p{L}+)/u.exec(text)?.[1] ?? '').toLowerCase();
  const adverbial = ADVERBIAL_OPENERS.has(first) || /^(?:to|so|also|and|but)$/.test(first) || isLeadAdverbial(text);
  return wordCount(body, lead) > 0 && wordCount(body, lead) <= 25 && !adverbial && !/[“”"]/.test(text) ? lead : undefined;
}

/**
 * Narration finishing the sentence of a quote its frame introduces is part
 * of what is reported: "He says “the wind is at our backs” despite the loss
 * in Nevada." — unless another frame or a new clause follows.
 */
function clauseTail(article: Article, frames: FrameIndex, segment: QuoteSegment, frame: Frame): Span | undefined {
  const { body } = article;
  const sentence = sentenceAt(article, segment.start);
  if (!sentence || sentence.end <= segment.end) return undefined;
  let tail = trimSpan(body, { start: segment.end, end: sentence.end });
  let text = body.slice(segment.end, tail.end);
  // The clause may end at a comma before the subject's next verb: "argued that “liberals” allowed terrorism to flourish, | but suggested …".
  const stop = /,\s+(?:but|and)\s/.exec(text);
  if (stop && !/[,;:]/.test(text.slice(0, stop.index))) {
    tail = trimSpan(body, { start: segment.end, end: segment.end + stop.index });
    text = body.slice(segment.end, tail.end);
  }
  // Later quoted words of the clause belong to it: "suggested “Trumpization” in the form of “sweeping accusations” had …".
  if (wordCount(body, tail) === 0 || !/^\s+\p{Ll}/u.test(text) || /[,;:]/.test(text)) return undefined;
  // The circumstances the reporter adds are not what was said: "said, “We’ll see,” when asked whether …".
  if (/^\s+(?:when|while|as|after|before|because|since|until|if|though|although)\s/.test(text)) return undefined;
  // So is a remark about the quoted words: "would denounce “self-deportation,” which is like a sundae …".
  if (/^\s+(?:which|who|where|like|unlike|until|unless)\s/.test(text)) return undefined;
  // A new clause joined by a conjunction is the reporter's again: "Kelly charged, “…,” and the crowd gasped".
  if (/^\s+(?:and|but|or|so|yet)\s/.test(text) && !/[“”"‘]|''/.test(text)) return undefined;
  if (frames.startingIn(segment.end, tail.end).some((f) => f !== frame)) return undefined;
  return tail;
}

/** The rest of a headline after a quotation its colon introduces: "Blumenthal: ‘No Idea’ If I Would Have Told Hillary …". */
function headlineRest(article: Article, segment: QuoteSegment): Span | undefined {
  const sentence = sentenceAt(article, segment.start);
  if (!sentence || sentence.end <= segment.end) return undefined;
  const rest = trimSpan(article.body, { start: segment.end, end: sentence.end });
  return wordCount(article.body, rest) > 0 ? rest : undefined;
}

/** A frame that ends right before the quote: `He told reporters: “…”`, `Brafman said, “…”`. */
function frameBefore(body: string, frames: FrameIndex, segment: QuoteSegment): Frame | undefined {
  // An introduction is at most ~100 characters, and a frame itself a few dozen words.
  // A question put by the reporter or an impression introduces no one's words.
  return frames.startingIn(segment.start - 400, segment.start).findLast((f) => !f.unattributed && f.end <= segment.start && f.contentAfter <= segment.start
    && (f.paragraph === segment.paragraph
      ? /^[\s,:—–―-]*$/.test(body.slice(Math.max(f.end, f.contentAfter), segment.start))
        // A quotation opening in lowercase goes on the reported clause before it, which it does not introduce:
        // "He argued the pipeline, which Republicans support, “wouldn't go 10 feet” without …".
        || (isIntroduction(body.slice(f.end, segment.start)) && !/^\p{Ll}/u.test(body.slice(segment.inner.start, segment.inner.start + 1)))
      // "Cruz continued:" closing one paragraph introduces the quote that opens the next.
      : f.paragraph === segment.paragraph - 1 && /^[^“”"‘.!?;]{0,100}:\s*$/.test(body.slice(f.end, segment.start))));
}

/**
 * What may stand between a cue and the quote it introduces: "told reporters
 * in Iowa: “…", "said Tuesday, “…" — but not a reported clause, which makes
 * the quote part of a mixed one: "said that while …, “…”".
 */
const isIntroduction = (between: string): boolean => /^[^“”"‘.!?;]{0,100}[,:]\s*$/.test(between) && !/\bthat\b/.test(between);

/**
 * Whether segment `i` continues the quotation before it: the next part of a
 * quote split by its frame (`“…,” he said, “…”`), a further quoted sentence
 * in the same paragraph with no frame of its own, or a paragraph that
 * reopens a quote the previous paragraph left open.
 */
function joinsPrevious(article: Article, segments: QuoteSegment[], previous: QuoteSegment, segment: QuoteSegment, frames: FrameIndex, frame: Frame | undefined): boolean {
  const { body } = article;
  if (segment.paragraph !== previous.paragraph) {
    // A quotation left open runs on into the next paragraph — unless that paragraph's quote has a frame
    // of its own and this one has one already or sits inside narration: `Grayson said it is “an amorphous
    // position. // “What we do …,” Grayson said.`
    return !previous.closed && segment.paragraph === previous.paragraph + 1 && startsParagraph(article, segment)
      && !((frame || !startsParagraph(article, previous)) && frameAfter(body, frames, segment));
  }
  // An aside between dashes may interrupt the quotation: "“I don't think the conventional wisdom” -- that he is a
  // nanny-state liberal -- “is going to last,” he said".
  if (DASHED_ASIDE.test(body.slice(previous.end, segment.start))) return true;
  if (frameAfter(body, frames, segment)) return false;
  if (frame && frame.start >= previous.end && frame.end <= segment.start) {
    const sentenceEnd = article.sentences[frame.sentence]!.end;
    // Split by its frame within one sentence: "“We will,” he said, “finish it.”", "“What I believe,” Duncan told
    // The New York Times in 2012, “is that …”" — not a title further on: "said on “The Late Show” last month".
    if (segment.start < sentenceEnd) {
      const between = body.slice(frame.end, segment.start);
      return /^[\s,:;—–―-]*$/.test(between) || (/^[^“”"‘]{0,120},\s*$/.test(between) && frames.startingIn(frame.end, segment.start).length === 0);
    }
    // The quote resumes right after the attribution sentence ends ("…,” said Ann Lee, a Calif. lawyer. “…"),
    // with no other cue in between. The rest of the attribution sentence is narration about it, whatever
    // its verbs ("said Sandra Sucher, a professor who focuses on ethics", "Sanders said, according to CNN",
    // "Clinton said, referencing a super PAC called Future45") — unless it introduces this quote itself.
    const introducer = frameBefore(body, frames, segment);
    const another = frames.startingIn(frame.end, segment.start)
      .some((f) => f !== frame && f.end <= segment.start && (f.sentence !== frame.sentence || f === introducer));
    // A title quoted in the attribution is no other quotation: "…,” he said on “Meet the Press.” “…".
    const onlyTitles = overlapping(segments, frame.end, Math.min(sentenceEnd, segment.start)).every((q) => isTitle(body, q));
    const gap = body.slice(Math.max(sentenceEnd, frame.end), segment.start).replace(/^[,;:—–―-]/, '');
    // Narration between, with no cue and no quotation, does not end the quotation either: "“…,” said Robin Lee,
    // half joking. He has worked at the plant for 24 years. “But I like working with my hands.”"
    const narration = !/[“”"‘]|''/.test(gap) && isSentenceStart(article, segment);
    return !another && onlyTitles && (/^\s*$/.test(gap) || narration);
  }
  return /^\s*$/.test(body.slice(previous.end, segment.start));
}
const DASHED_ASIDE = /^\s+(?:--|[—–―])\s[^“”"‘.!?]{1,200}\s(?:--|[—–―])\s+$/;

/** Title case, as titles of works are written: every word of four letters or more capitalised. */
const isTitleCase = (tokens: Token[]): boolean => {
  const long = tokens.filter((t) => t.word && t.text.length >= 4);
  // Title case leaves only short function words in lowercase: “Nusra is Al Qaeda,” “But Pete Wilson won” are sentences.
  return long.length >= 2 && long.every((t) => isCapitalised(t)) && tokens.every((t) => !t.word || isCapitalised(t) || TITLE_SMALL_WORDS.has(t.lower));
};
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'of', 'in', 'on', 'at', 'to', 'by', 'up', 'as', 'from', 'with', 'into', 'vs', 'v', 'via', 'per', 'off', 'out', 'over']);

/**
 * A closed quotation in title case: “State of the Union”, “The Late Show With Stephen Colbert”, or a
 * capitalised word or two that someone's possessive names: NBC’s “Today”.
 */
const isTitle = (body: string, segment: QuoteSegment): boolean => {
  if (!segment.closed) return false;
  // A headline with its byline: "—“Sam Mendes leaves ‘Chocolate Factory’ on its way to Broadway,” by Times' Michael Paulson".
  if (/^,?\s+by\s+(?:The\s+)?\p{Lu}/u.test(body.slice(segment.end, segment.end + 20))) return true;
  const tokens = tokenize(body, segment.inner);
  if (isTitleCase(tokens)) return true;
  const words = tokens.filter((t) => t.word);
  // A name or two after a possessive, a preposition or a noun for a work: "NBC’s “Today”", "on “Morning Joe”",
  // "with “Fox and Friends,”", "his new book, “Trump and Me,”".
  const before = body.slice(Math.max(0, segment.start - 16), segment.start);
  const named = /\p{L}['’]s\s*$/u.test(before) || /\b(?:on|in|with|at|to|from)\s+$/.test(before)
    || /\b(?:book|film|movie|show|program|programme|song|album|play|series|column|memoir|documentary|podcast|slogan),?\s+$/.test(before);
  return named && words.length > 0 && words.length <= 3 && isCapitalised(words[0]) && words.every((t) => isCapitalised(t) || TITLE_SMALL_WORDS.has(t.lower));
};

/**
 * A quotation with no frame right after reported speech goes on with it: "Christie said, adding that he had
 * fought for bills as governor. “A leader must fight for what they believe in.”" — the speaker's own words
 * after the paraphrase, as one attribution.
 */
function continueReportedSpeech(body: string, drafts: Draft[], orphans: QuoteSegment[][]): void {
  let d = 0;
  for (const parts of orphans) {
    const start = parts[0]!.start;
    while (d + 1 < drafts.length && drafts[d + 1]!.end <= start) d++;
    const draft = drafts[d];
    if (!draft || draft.kind === 'direct' || draft.end > start || !/^[\s.!?”"’']*$/.test(body.slice(draft.end, start))) continue;
    const quote = directQuote(body, parts, draft.cue, draft.speaker, draft.paragraph);
    drafts[d] = { ...draft, kind: 'mixed', text: `${draft.text} ${quote.text}`, end: quote.end };
  }
}

/**
 * What a frame nested in a clause-final report says is part of that report, not a statement of its own:
 * "considered an adversary" in "…, especially one considered an adversary, she said." One sweep over the
 * drafts sorted by start, keeping the furthest end of the clause-final reports begun so far.
 */
function dropNestedReports(drafts: Draft[], clauseFinal: Set<Draft>): void {
  const nested = new Set<Draft>();
  let reach = -1;
  const byReach = (a: Draft, b: Draft): number => a.start - b.start || b.end - a.end || Number(clauseFinal.has(b)) - Number(clauseFinal.has(a));
  for (const draft of [...drafts].sort(byReach)) {
    if (draft.kind === 'indirect' && reach >= draft.end) nested.add(draft);
    if (clauseFinal.has(draft)) reach = Math.max(reach, draft.end);
  }
  let kept = 0;
  for (const draft of drafts) if (!nested.has(draft)) drafts[kept++] = draft;
  drafts.length = kept;
}

/**
 * Quotations no frame claims. One opening a sentence after a direct quote of its paragraph goes on with that
 * quote. A long one is still someone's words — a cue the lexicon lacks ("“…,” she beamed"), a speaker named
 * sentences away, a newsletter's excerpt from its source — so it is a direct quote; so is one of any length
 * that a speech noun names ("chants of “Lock her up!”"). Its speaker is a frame earlier in its sentence
 * ("Frank cites the union’s support for the act, “the placards carried by marchers …”"), or unknown: the
 * last speaker named (PolNeAR train) is wrong for it more often than right.
 */
function unattributedQuotes(article: Article, frames: FrameIndex, resolver: SpeakerResolver, drafts: Draft[], unclaimed: QuoteSegment[][]): Draft[] {
  const { body } = article;
  const out: Draft[] = [];
  for (const parts of unclaimed) {
    const start = parts[0]!.start;
    const end = parts[parts.length - 1]!.end;
    const named = SPEECH_NOUN_BEFORE.test(body.slice(Math.max(0, start - 40), start));
    const words = quotedWords(body, parts);
    if ((!named && words < MIN_QUOTE_WORDS) || drafts.some((d) => d.start < end && d.end > start)) continue;
    const sentence = sentenceAt(article, start);
    const frame = sentence && frames.startingIn(sentence.start, start).find((f) => !f.unattributed);
    // A quotation opening a sentence after a direct quote in its paragraph goes on with it: "“Everything is on
    // the table,” Carson told the AP after hinting that “changes” could come. “Every single thing is.”"
    const previous = drafts.findLastIndex((d) => d.end <= start);
    const last = drafts[previous];
    if (!frame && !named && last?.kind === 'direct' && last.speaker && last.paragraph === parts[0]!.paragraph && isSentenceStart(article, parts[0]!)) {
      const more = directQuote(body, parts, last.cue, last.speaker, last.paragraph);
      drafts[previous] = { ...last, text: `${last.text} ${more.text}`, end: more.end };
      continue;
    }
    if (!named && words < UNATTRIBUTED_QUOTE_WORDS) continue;
    const cue = frame ? body.slice(frame.cue.start, frame.cue.end) : '';
    out.push(directQuote(body, parts, cue, frame ? speakerOf(frame, resolver) : null, parts[0]!.paragraph));
  }
  return out;
}

function isSentenceStart(article: Article, segment: QuoteSegment): boolean {
  const sentence = sentenceAt(article, segment.start);
  // A conjunction or an adverb may open the sentence before it: "But “Donald Trump’s candidacy is strengthened …”", "Now, “…”".
  return sentence !== undefined && /^\W*(?:(?:but|and|so|yet|still|now|then|later|again)\W*)?$/i.test(article.body.slice(sentence.start, segment.start));
}

/** Words of narration after the quotation in its paragraph, as an attribution that was not recognised: "“…,” the bespectacled, 71-year-old diplomat said". */
function narrationAfter(article: Article, segment: QuoteSegment): boolean {
  const paragraph = article.paragraphs[segment.paragraph]!;
  return /^[\s,]*\p{Ll}/u.test(article.body.slice(segment.end, paragraph.end));
}

function startsParagraph(article: Article, segment: QuoteSegment): boolean {
  return article.paragraphs[segment.paragraph]!.start === segment.start;
}

function directQuote(body: string, parts: QuoteSegment[], cue: string, speaker: Speaker | null, paragraph: number): Draft {
  const inner = parts.map((p) => trimSpan(body, p.inner));
  const text = inner.map((s) => body.slice(s.start, s.end)).join(' ');
  return { kind: 'direct', text, start: inner[0]!.start, end: inner[inner.length - 1]!.end, cue, speaker, paragraph };
}

/** The clause a frame reports: after it, before it, or around it, within its sentence. */
function reportedSpeech(article: Article, frame: Frame, segments: QuoteSegment[], frames: FrameIndex, resolver: SpeakerResolver): Draft | undefined {
  const { body } = article;
  const sentence = article.sentences[frame.sentence]!;
  const cue = body.slice(frame.cue.start, frame.cue.end);
  // A dialogue tag away from any quotation is narration ("the talks, which began a decade ago, …"), no frame.
  const neighbours = frames.inSentence(frame.sentence).filter((f) => f !== frame && (f.cueKind !== 'tag' || reportsClause(body, f)));
  // A later frame in the same clause is nested in this one's content ("X said that Y believes Z");
  // one after a clause boundary ("…, but Y said Z") ends it.
  // A boundary at the very start of the content is not one: "According to the poll, most voters decided …".
  // A later frame whose speaker phrase takes in this one ("Barkley, who said he votes Democratic, said …") starts at its cue.
  const startOf = (f: Frame): number => (f.start <= frame.end ? f.cue.start : f.start);
  const nextFrame = neighbours.find((f) => startOf(f) > frame.end && clauseEndBefore(body, startOf(f)) < startOf(f)
    && ((frame.cueKind !== 'according' && frame.cueKind !== 'poll') || clauseEndBefore(body, startOf(f)) > frame.contentAfter));
  let afterEnd = nextFrame ? Math.max(frame.contentAfter, clauseEndBefore(body, startOf(nextFrame))) : sentence.end;
  if (frame.transcript) afterEnd = article.paragraphs[frame.paragraph]!.end;
  // An opening "as" clause reports the whole main clause after its comma, frames nested in it: "As The Hill
  // reported, Donald Trump was also accused of breaking debate rules."
  const asOpener = /^\W*as\b[^,;:]*$/i.test(body.slice(sentence.start, frame.start)) && /^\s*,[\s,]*$/.test(body.slice(frame.cue.end, frame.contentAfter));
  if (asOpener) afterEnd = sentence.end;
  // An opening participle's subject comes after it and ends what it reports: "Having announced he would not send
  // me to prison, | Judge Berman proceeded …".
  if (!frame.inverted && frame.speaker.start > frame.cue.end) afterEnd = Math.min(afterEnd, clauseEndBefore(body, frame.speaker.start));
  // "He said that since then, thanks to new revenue, the company paid": a lone opening adverbial is not
  // the whole content, so the later frame is nested in it.
  if (nextFrame && (isLeadAdverbial(body.slice(frame.contentAfter, afterEnd)) || (body[afterEnd] === ',' && opensSubordinate(body.slice(frame.contentAfter, afterEnd))))) afterEnd = sentence.end;
  // "When the director said that the account was safe, experts were relieved": a cue in an opening
  // subordinate clause reports up to the main clause, after its last comma.
  // So does one after the sentence's first clause: "There is time, but if Republicans plan to move judges …, Nye won’t …".
  const lead = body.slice(sentence.start, frame.start);
  const afterClause = lead.slice(lead.lastIndexOf(',') + 1).replace(/^\s*(?:but|and|yet)\s+/i, '');
  if (frame.start - sentence.start < 300 && (SUBORDINATE_OPENER.test(lead) || SUBORDINATE_OPENER.test(afterClause))) {
    const commas = [...body.slice(frame.contentAfter, afterEnd).matchAll(/,(?:''|[”"’])?\s/g)];
    if (commas.length > 0) afterEnd = frame.contentAfter + commas[commas.length - 1]!.index! + (commas[commas.length - 1]![0].length - 1);
  }
  let parts: Span[] = [];
  // A restrictive relative clause sits in the subject of the sentence's own verb: "The voters who support Sanders | are angry".
  const restrictive = /^who$/i.test(body.slice(frame.speaker.start, frame.speaker.end)) && !/,\s*$/.test(body.slice(Math.max(0, frame.speaker.start - 3), frame.speaker.start));
  const after = endOfStatement(body, trimSpan(body, { start: frame.contentAfter, end: afterEnd }), cue, restrictive);
  // A dateline opening the sentence is not what was said: "WASHINGTON — The plan will fail, the senator said."
  const opening = openingAfterDateline(body, sentence);
  const beforeStart = neighbours.filter((f) => f.end < frame.start).reduce((at, f) => Math.max(at, f.end), opening);
  // "…, as Clinton supporters point out." — "as" joins a clause-final frame to its clause like a comma.
  const asLead = /(?<=,(?:''|[”"’])?)\s*as\s+$/i.exec(body.slice(sentence.start, frame.start))?.[0].length ?? 0;
  const clauseEnd = frame.start - asLead;
  const before = trimSpan(body, { start: beforeStart, end: clauseEnd });
  const commaBefore = /,(?:''|[”"’])?\s*$/.test(body.slice(sentence.start, clauseEnd));
  // A clause-final cue reports its whole sentence, frames before it nested in the statement: "The US would not
  // tolerate that from any other country, especially one considered an adversary, she said."
  const wholeBefore = neighbours.some((f) => f.end < frame.start) ? trimSpan(body, { start: opening, end: clauseEnd }) : before;
  // "…, Cherif said Thursday in an interview." — only when and where it was said follows the cue.
  // After an inverted tag, what follows describes the speaker: "…, said Mindy Romero, director of the project."
  const invertedTag = frame.inverted && frame.cueKind !== 'according';
  // So does only whom it was said to: "…, Defense Secretary Ash Carter told a Senate panel."
  // Not after an opening adverbial, which leaves what was told to follow: "In response, Trump told Fox he'd …".
  const restText = body.slice(after.start, after.end);
  const statementBefore = wordCount(body, before) >= 4 && !OPENING_CIRCUMSTANCE.test(body.slice(sentence.start, frame.start));
  // Any cue may name its listener after "to": "…, she said in a video message to the convention."
  const onlyListener = (cueLemma(cue) === 'tell' && isListenerOnly(body.slice(frame.cue.end, after.end))) || (/^to\s/i.test(restText) && !/[“”"]|''/.test(restText) && isListenerOnly(restText.slice(3)));
  const endsSentence = wordCount(body, after) === 0 || (commaBefore && (invertedTag || (onlyListener && statementBefore) || isTrailer(restText.replace(DASHED_COMMENT, ''))));
  // "…, according to the poll." / "According to the poll, …" / "Turnout, according to the poll, fell …".
  if (frame.passiveSubject) parts = [frame.passiveSubject];
  else if (frame.unattributed === 'expectation') parts = frame.speaker.start === frame.cue.start ? [after] : [frame.speaker, after];
  else if (frame.unattributed === 'impression') {
    // "The Sanders team appeared to make a decision": the subject is part of the impression; "It seems that …" has none.
    parts = /^it$/i.test(body.slice(frame.speaker.start, frame.speaker.end)) ? [after] : [frame.speaker, after];
  } else if (frame.unattributed === 'question' && !/[\p{L}\p{N}]/u.test(body.slice(sentence.start, frame.start))) {
    // "Asked whether he would run, Cruz laughed": the question ends at the comma.
    const comma = body.indexOf(',', frame.contentAfter);
    parts = [trimSpan(body, { start: frame.contentAfter, end: comma > 0 && comma < after.end ? comma : after.end })];
  } else if (frame.cueKind === 'according') {
    // Without a comma, mid-sentence, it closes the clause before it: "Clinton leads by 271 delegates according to a count by the AP, but …".
    // After a colon it opens a clause of its own: "It hasn’t gone unnoticed: According to recent polls, Trump …".
    const closesClause = !commaBefore && wordCount(body, before) >= 3 && !/^[\s,]*$/.test(body.slice(sentence.start, frame.start))
      && !/[:;]\s*$/.test(body.slice(sentence.start, frame.start));
    // The source's description after it is no statement: "…, according to Brian Wieser, an analyst at Pivotal Research."
    const described = commaBefore && /^(?:a|an)\s+\p{Ll}/u.test(restText) && wordCount(body, after) <= 12 && !/\b(?:is|was|are|were|has|have|had|will|would|said|says)\b/.test(restText);
    parts = endsSentence || closesClause || described ? [wholeBefore] : commaBefore ? [before, after] : [after];
  }
  // "In a CNN poll, Clinton led …" reports what follows the poll's comma; "Sanders led Clinton by 20 points in a
  // WMUR poll" the clause before it.
  else if (frame.cueKind === 'poll') {
    const opensSentence = !/[\p{L}\p{N}]/u.test(body.slice(sentence.start, frame.start));
    parts = opensSentence ? (commaAfterSource(body, frame) ? [after] : []) : wordCount(body, before) >= 3 ? [wholeBefore] : [];
  }
  else if (!frame.inverted && !commaBefore && wordCount(body, before) > 0 && frame.speaker.start > beforeStart + 2 && !endsSentence) parts = [after];
  else if (commaBefore && /^\s*,/.test(body.slice(frame.end, frame.end + 3)) && isLeadAdverbial(body.slice(before.start, before.end))) {
    // "Back then, Ms. Ripert said, she found the work tiring": after an opening adverbial the clause goes on
    // past a frame nested in it.
    parts = [before, trimSpan(body, { start: frame.contentAfter, end: sentence.end })];
  } else if (commaBefore && endsSentence) parts = [wholeBefore];
  else if (commaBefore && /^\s*,/.test(body.slice(frame.end, frame.end + 3))) parts = [before, after]; // "X, he said, Y"
  else parts = [after];
  parts = parts.filter((p) => wordCount(body, p) > 0);
  // "responded to Trump", "hints at a deal", "sought to calm": a verb with a prepositional object reports no statement.
  // Unless it carries quoted words: "vowed to “take our fight” to the states" reports what he said.
  const carriesQuote = overlapping(segments, after.start, after.end + 1).some((q) => q.start >= after.start && q.end <= after.end + 1);
  const afterText = body.slice(after.start, after.end);
  // A clause joined after the cue is another statement, not its content: "Voters were worried, and most said …"
  // — except after a colon: "TAPPER: And obviously, …".
  if (parts.length === 1 && parts[0] === after && cue !== ':' && /^(?:and|but|or|yet)\s/i.test(afterText)) return undefined;
  const infinitive = /^to\s+\p{Ll}/u.test(afterText) && takesInfinitive(cue);
  // "described himself as a moderate", "calls herself a feminist": a reflexive object with its description; a
  // stance verb's reflexive object too: "defended himself against accusations of racism".
  const reflexive = /^(?:himself|herself|themselves|itself)\s+\S/i.test(afterText) && (REFLEXIVE_CUES.has(cueLemma(cue) ?? '') || OBJECT_CUES.has(cueLemma(cue) ?? ''));
  // After "that" a clause has begun, whatever its first word: "said that about 4 million people live …".
  const afterThat = /\bthat\s*$/i.test(body.slice(frame.cue.end, frame.contentAfter));
  // Verbs with a second sense report only a "that" clause: "maintained that …", not "maintained the roads".
  // A clause opening with its pronoun subject or a question word is reported all the same: "stating there was a
  // benefit …", "do not understand what is happening".
  const pronounClause = /^(?:what|whether|how|why|who)\s/i.test(afterText) || /^(?:there|he|she|they|it|we|i|you)\s+(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|must|did|does|do)\b/i.test(afterText);
  if (parts[0] === after && !carriesQuote && !afterThat && !pronounClause && THAT_ONLY_CUES.has(cueLemma(cue) ?? '') && !/\s/.test(cue)) return undefined;
  if (parts[0] === after && !carriesQuote && !frame.unattributed && !afterThat && ((!infinitive && !reflexive && NOT_A_CLAUSE.test(afterText)) || AN_INTENTION.test(afterText))) return undefined;
  // Only when and how it was said is no statement: "Dr. Reyes testified on Monday."
  if (parts.length === 1 && parts[0] === after && isTrailer(afterText) && wordCount(body, after) <= 4) return undefined;
  // A stance verb's object may be one word: "He endorsed Clinton."
  // So may a cue with its preposition: "voted for Clinton", "talked about immigration" — not "voted for months",
  // nor in a relative clause that describes someone: "Ann Lee, a professor who focuses on ethics".
  const prepositional = CUE_PREPOSITION.test(/\s(\S+)$/.exec(cue)?.[1] ?? '') && !NOT_AN_OBJECT.test(afterText)
    && !/^(?:who|which|that)$/i.test(body.slice(frame.speaker.start, frame.speaker.end));
  const minWords = OBJECT_CUES.has(cueLemma(cue) ?? '') || frame.passiveSubject || prepositional ? 1 : MIN_INDIRECT_WORDS;
  // A question word alone is what was (not) said: "Cook did not say when", "it did not explain why".
  const whWord = parts.length === 1 && /^(?:when|why|how|where|whether)$/i.test(body.slice(parts[0]!.start, parts[0]!.end));
  if (parts.length === 0 || (parts.reduce((n, p) => n + wordCount(body, p), 0) < minWords && !whWord)) return undefined;
  // A quotation opened in the clause runs on past a sentence break inside it: "He said that he’ll “need a lot
  // of help. So we’ll see how it works.”"
  const lastPart = parts[parts.length - 1]!;
  const runsOn = overlapping(segments, lastPart.end - 1, lastPart.end).find((q) => q.start >= parts[0]!.start && q.end > lastPart.end);
  if (runsOn) parts[parts.length - 1] = { start: lastPart.start, end: runsOn.end };
  const start = parts[0]!.start;
  const end = parts[parts.length - 1]!.end;
  const quoted = overlapping(segments, start, end);
  const text = parts.map((p) => body.slice(p.start, p.end)).join(' ');
  // A stray mark with no partner still shows quoted words: `He says,” there are a lot of people …”`; so do
  // straight single quotes, as headlines write them: "Ryan calls Trump line 'racist,' but backs him".
  const kind: QuoteKind = quoted.length === 0 ? (/[“”"]|''/.test(text) || STRAIGHT_SINGLE_QUOTED.test(text) ? 'mixed' : 'indirect')
    : quoted.length === 1 && quoted[0]!.start <= start + 1 && quoted[0]!.end >= end - 1 ? 'direct' : 'mixed';
  const paragraph = frame.paragraph;
  return { kind, text, start, end, cue, speaker: speakerOf(frame, resolver), paragraph };
}

/** The prepositions that end a cue and take its object: "called for", "talked about", "threw his support behind". */
const CUE_PREPOSITION = /^(?:about|for|on|to|of|against|with|at|behind)$/;

/** Words that end a sentence after a preposition without being its object: "voted for months", "talked about it yet". */
const NOT_AN_OBJECT = /^(?:yet|far|now|then|again|too|also|ago|long|more|years|months|weeks|days|hours|\p{L}+['’]s)\W*$/iu;

/** Cues with a second, non-reporting sense ("maintain the roads", "continue the tour", "read the bill"): only a "that" clause is reported speech. */
const THAT_ONLY_CUES = new Set(['maintain', 'continue', 'understand', 'state', 'answer', 'read']);

/** The poll a sentence opens with is set off by a comma: "In a CNN poll released Monday, …". */
const commaAfterSource = (body: string, frame: Frame): boolean => /^\s*,/.test(body.slice(frame.speaker.end, frame.speaker.end + 3));

/** Who the frame names as speaker: nobody for the reporter's questions and expectations; the subject of an impression. */
function speakerOf(frame: Frame, resolver: SpeakerResolver): Speaker | null {
  if (frame.unattributed === 'question' || frame.unattributed === 'expectation') return null;
  const speaker = resolver.resolve(frame.mention, frame.mentionHead);
  if (!frame.group) return speaker;
  // "they" as written, standing for the group named before it.
  const group = resolver.resolve(frame.group.mention, frame.group.mentionHead);
  return { ...speaker, name: group.name, entityId: group.entityId };
}

/**
 * Where reported content ends before the sentence does. A clause joined by
 * ", but" or ", while" is the reporter's again: "Obama plans to send a
 * nominee to the Senate, but it is unlikely that any could get through".
 * The object of a stance verb ends at its first comma: "She supported the
 * trade agreement, which caused economic pain in the Midwest".
 */
function endOfStatement(body: string, span: Span, cue: string, inSubject = false): Span {
  // A second participle cue starts another statement: "calling it “disqualifying” and asserting that …".
  // Only the cue's own participle has a second one: "he began calling Libyan groups and making an effort" is one statement.
  const second = /ing$/i.test(cue) ? [...body.slice(span.start, span.end).matchAll(SECOND_PARTICIPLE)].find((m) => cueLemma(m[1]!)) : undefined;
  if (second) span = trimSpan(body, { start: span.start, end: span.start + second.index });
  let text = body.slice(span.start, span.end);
  // After the last quoted words, the reporter's remark or circumstance is not the statement: "… was “a terrible
  // mistake,” although he supports keeping troops there", "…, “you’re being ridiculous,” drawing loud jeers".
  const lastMark = Math.max(text.lastIndexOf('”'), text.lastIndexOf("''") + 1, text.lastIndexOf('"'));
  if (lastMark > 0 && AFTER_QUOTED.test(text.slice(lastMark + 1))) {
    span = { start: span.start, end: span.start + lastMark + 1 };
    text = body.slice(span.start, span.end);
  }
  // Quoted words after the break are the speaker's still: "…, but “we will not back down”".
  const quotedAfter = (at: number): boolean => /[“”"]|''/.test(text.slice(at));
  const limit = RUN_ON.exec(text);
  // A "which" clause closed by a comma sits inside the statement: "said the talks, which began a decade ago, remained …".
  const embedded = limit !== null && /which/.test(limit[0]) && /,\s+\p{Ll}/u.test(text.slice(limit.index + limit[0].length));
  let end = limit && !embedded && !quotedAfter(limit.index) ? span.start + limit.index : span.end;
  // The reporter's comment on the statement: "…, putting them at odds with Sanders", "…, a swipe at his rival".
  const comment = TRAILING_COMMENT.exec(text);
  if (comment && !quotedAfter(comment.index) && !/[,—–―]|\s-\s/.test(text.slice(comment.index + 2))) end = Math.min(end, span.start + comment.index);
  if (OBJECT_CUES.has(cueLemma(cue) ?? '')) {
    let comma = text.search(/,|\s[—–―-]\s/);
    // An aside inside the object does not end it: "assailed a federal judge, Gonzalo P. Curiel, for his “Mexican heritage”",
    // "praising Jeb Bush, who ended his bid on Saturday, as “a man who …”".
    const aside = comma > 0 ? /^,[^,;:“”"]{1,80},\s+(?:for|as|over|with|of|on|in|to)\s/.exec(text.slice(comma)) : null;
    if (aside) {
      const rest = text.slice(comma + aside[0].length).search(/,|\s[—–―-]\s/);
      comma = rest < 0 ? -1 : comma + aside[0].length + rest;
    }
    // A list of objects goes on past its commas: "supports tightening enforcement, freezing immigration levels and
    // changing the 14th Amendment".
    if (comma > 0 && /^,(?:\s+[^,;:“”"]+,)*\s+(?:[^,;:“”"]*\s)?(?:and|or)\s[^,;:]+$/.test(text.slice(comma)) && !/\s(?:is|was|are|were|has|have|had|will|would|said|says)\s/.test(text.slice(comma))) comma = -1;
    if (comma > 0) end = Math.min(end, span.start + comma);
    const circumstance = text.search(AFTER_OBJECT);
    if (circumstance > 0) end = Math.min(end, span.start + circumstance);
  }
  // How a source spoke is no part of what it said: "confirmed the meeting | on the condition of anonymity".
  const anonymity = text.search(/,?\s+(?:only\s+)?on\s+(?:the\s+)?condition\s+(?:of|that)\s/);
  if (anonymity > 0 && !quotedAfter(anonymity)) end = Math.min(end, span.start + anonymity);
  // An infinitive's own verbs are base forms, so a past form after "and" is the subject's next act, and a clause
  // with a subject of its own says when: "refused to speak to reporters as she left … and watched …".
  if (takesInfinitive(cue) && /^to\s/.test(text)) {
    const next = text.search(AFTER_INFINITIVE);
    if (next > 0) end = Math.min(end, span.start + next);
  }
  // A stance participle's object ends before the sentence's own verb: "a super PAC supporting Clinton | bought …"; so
  // does what a restrictive relative wants: "the novice who wants to unseat the chairwoman | is reaping …".
  if ((/ing$/i.test(cue) && STANCES.has(cueLemma(cue) ?? '')) || (inSubject && (OBJECT_CUES.has(cueLemma(cue) ?? '') || (takesInfinitive(cue) && /^to\s/.test(text))))) {
    const verb = [...text.matchAll(/\s(\p{Ll}+)\b/gu)].find((m) => /^(?:is|are|was|were|has|have|had|will|would|can|could)$/.test(m[1]!) || IRREGULAR_PAST.has(m[1]!) || /[^e]ed$/.test(m[1]!));
    if (verb) end = Math.min(end, span.start + verb.index!);
  }
  return end === span.end ? span : trimSpan(body, { start: span.start, end });
}

const AFTER_INFINITIVE = /,?\s(?:and|but)\s+(?:has|had|was|were|is|are|then|later|also|\p{Ll}+ed)\s|\s(?:as|when|after|before|while)\s+(?:he|she|they|it|we|I)\s/u;

const AFTER_QUOTED = /^\s*(?:,|\s[—–―-]{1,2})?\s*(?:although|though|despite|while|whereas|which|presumably|after|before|in a statement|apparently|perhaps|drawing|deploying|prompting|sparking|earning|referring|adding|noting|according)\b/u;

const SECOND_PARTICIPLE = /,?\s+and\s+(\p{Ll}+ing)\s/gu;

/**
 * ", but"/", while" open the reporter's clause; so do a semicolon ("… is more important than defence; that
 * is a sure way to lose") and a non-restrictive "which" ("predicted a win in Texas, which votes on March 1").
 */
const RUN_ON = /,\s+(?:but|while|whereas|which)\s|;\s|\s(?:--|[—–―-])\s+(?:but|while|whereas)\s/;

/**
 * A last appositive or participle clause that remarks on the statement
 * rather than reporting it: "…would cap the program, a move that drew
 * criticism", "…said he would veto the bill, drawing a sharp reply", and
 * a relative clause about the person named last ("…had met with Eric
 * Fanning, who was then his chief of staff"). Only at the end of the
 * content (no comma or dash after it).
 */
const TRAILING_COMMENT = /(?<=\p{Lu}\p{Ll}+),\s+who\s|,\s+(?:(?:a|an)\s+\p{Ll}|(?:putting|drawing|echoing|contrasting|reflecting|prompting|sparking|signaling|signalling|underscoring|marking|setting|forcing|reversing|throwing|using|raising|triggering|earning|angering|fueling|fuelling)\s)/u;

/** Cues whose content is a noun phrase only, never a that-clause: "named cities that have mourned". */
const NP_OBJECT_CUES = new Set(['name', 'list', 'identify', 'cite', 'mention', 'endorse', 'support', 'back', 'oppose', 'praise', 'thank', 'blame', 'attack']);

/** Stance verbs whose content is a noun phrase: "backed Cruz", "cited the Head Start program". */
const OBJECT_CUES = new Set(['offer', 'support', 'back', 'endorse', 'oppose', 'cite', 'criticize', 'criticise', 'praise', 'blast', 'slam', 'attack',
  'blame', 'condemn', 'denounce', 'defend', 'discuss', 'mention', 'reject', 'favor', 'favour', 'applaud', 'thank', 'hail', 'laud',
  'highlight', 'tout', 'mock', 'deride', 'decry', 'lambaste', 'ridicule', 'dismiss', 'recommend', 'propose', 'prefer', 'assail', 'chide', 'rebut',
  'echo', 'reaffirm', 'retweet', 'portray', 'invoke', 'downplay', 'repudiate', 'disavow', 'rebuke', 'rebuff', 'approve', 'embrace', 'promote',
  'congratulate', 'admire', 'bash', 'trash', 'critique', 'unveil', 'outline', 'trumpet', 'scold', 'refute', 'herald', 'belittle', 'reprimand',
  'revere', 'savage', 'deflect', 'dispute', 'hammer', 'reference']);

/**
 * What follows a stance verb's noun phrase and is not part of it: when, where
 * or by how much ("endorsed Trump last week", "supporting her by a 67-point
 * margin", "has hammered Bush throughout the campaign", "thanked supporters
 * at a rally in Vermont" — not a participle's own complement: "the
 * differences between serving at the State Department") and a second verb
 * of the subject ("endorsed Trump and has appeared at his rallies").
 */
const AFTER_OBJECT = new RegExp(String.raw`\s(?:${[
  String.raw`(?:and|but)\s+(?:has|had|have|is|was|are|were|will|would|then|later|also|\p{Ll}+ed|won|lost|made|took|gave|went|met|held|led|left|spent|sent|got|did|does|once|again|still|never|now)\s`,
  String.raw`(?<!\p{L}ing\s)(?:at|during|throughout|when|while|after|before|amid|despite)\s`,
  String.raw`(?<!(?:in|on|at|for|during|of)\s)(?:this|last|next)\s+(?:week|month|year|weekend|spring|summer|fall|winter|${WEEKDAYS.join('|')})\b`,
  String.raw`on\s+(?:the\s+condition|${WEEKDAYS.join('|')})\b`,
  String.raw`by\s+(?:(?:a|an|about|nearly|roughly|almost|some)\s+)?(?:\p{Ll}+\s+)?\d`,
].join('|')})`, 'iu');

/** The reporter's comment after a dash: "…, the budget office reported on Tuesday -- a development that …". */
const DASHED_COMMENT = /\s(?:--|[—–―])\s+(?:a|an|the|which|what|one)\s[\s\S]*$/;

/** When and where something was said, after a clause-final cue: "on Thursday", "in a statement", "late Monday on Twitter", "in 2014", "at the time". */
const TRAILER = /^(?:(?:on|in|at|during|late|early|earlier|later|last|this|next|the|a|an|his|her|their|its)\s+)*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|morning|afternoon|evening|night|week|weekend|month|year|january|february|march|april|june|july|august|september|october|november|december|(?<=\b(?:in|since)\s)(?:19|20)\d\d|statement|interview|email|e-mail|tweet|twitter|facebook|speech|release|conference|call|post|letter|memo|rally|debate|telephone|phone|time|times|outset|moment|then|later|earlier|recently|afterward|afterwards|previously|again|once)(?![\p{L}'’])/iu;
const isTrailer = (text: string): boolean => {
  // A programme's title may name where: "…, he said on MSNBC’s “Morning Joe.”"
  const untitled = text.replace(QUOTED_TITLE, 'Title');
  return (TRAILER.test(untitled) || GERUND_CIRCUMSTANCE.test(untitled) || ON_NAMED.test(untitled)) && untitled.split(/\s+/).length <= 12 && !/\bthat\b|[“”"]/.test(untitled);
};
/** Where, by name: "on CNN", "on Fox News Sunday", "in The Intercept". */
const ON_NAMED = /^(?:on|in|at)\s+(?:the\s+)?\p{Lu}/u;
/** A short quotation in title case: “Meet the Press”, “Morning Joe.” */
const QUOTED_TITLE = /[“"]\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|of|the|and|a|an|in|on|to|with|for))*[.,!?]?[”"]/gu;
/** How it was said, in a gerund phrase: "…, Martha Raddatz said in posing the question." */
const GERUND_CIRCUMSTANCE = /^(?:in|while|when|after|before|by|without)\s+\p{Ll}+ing\b/u;

/**
 * "Duterte expressed willingness to explore closer ties": an intention
 * stated, with no words reported — the event extractor's intent to
 * cooperate (EXPRESS_INTENT_TO_COOPERATE), not a quote.
 */
const AN_INTENTION = /^(?:(?:his|her|their|its|our|a|an|the|some|strong|great)\s+)*(?:willingness|readiness|desire|eagerness|intention|intent|interest|openness)\s+(?:to|in)\b/i;

/** A sentence opening with a subordinate clause, up to its cue: "When the director said …", "If, as Trump claims, …". */
const SUBORDINATE_OPENER = /^\W*(?:(?:\w+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|moments?|shortly|just|long|soon|right|even)\s+(?=after|before|since|until|when))?(?:as|when|whenever|if|after|before|because|although|though|while|since|once|until|unless|as soon as)\b[^,;:]*$/i;

/** Cues that describe their object, reflexive ones included: "described himself as", "called herself". */
const REFLEXIVE_CUES = new Set(['describe', 'call', 'consider', 'see', 'portray', 'cast', 'declare', 'deem', 'label', 'brand', 'term', 'dub', 'identify', 'characterize', 'characterise', 'view']);

/**
 * A prepositional object, not a clause — but "about" before a number is "roughly": "predicted about one-third of the
 * vote will …", and "at least" is no preposition: "support at least lowering the number".
 */
const NOT_A_CLAUSE = /^(?:to|at(?!\s+(?:least|most)\b)|by|for|with|about(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|half|a\s+third|a\s+quarter|a\s+dozen|a\s+hundred|a\s+thousand|a\s+million))|from|into|as|of|up|out|off|over|against|toward|towards|himself|herself|themselves|itself)\b/i;

/** A verb of aspect before a second verb's cue: "went on to say", "began to argue". */
const ASPECT_LEAD = /\s(?:went|goes|go|going|gone|moved|moves)\s+on\s+to\s*$|\s(?:continued|continues|began|begins|started|starts|proceeded|proceeds|sought|seeks|tried|tries|wanted|wants)\s+to\s*$/;
const CLAUSE_BOUNDARY = new RegExp(String.raw`(?:,(?:''|[”"’])?\s*(?:(?:and|but|while|as|whereas)(?:\s+then)?)?|;|\s(?:and|but|while|whereas)(?:\s+(?:${SECOND_VERB_AUXILIARIES}))*)\s*$`);

/** A dialogue tag with a "that" clause reports it like any speech verb: "Trump shot back that the journalist had not been called on". */
const reportsClause = (body: string, frame: Frame): boolean => /^\s*that\s+\S/.test(body.slice(frame.cue.end, frame.cue.end + 12));

/** Where a clause ends before the next frame in its sentence: at the comma or conjunction that opens it. */
function clauseEndBefore(body: string, nextStart: number): number {
  const from = Math.max(0, nextStart - 40);
  // A comma inside closing quotation marks ends the clause too: "… to win this race,” adding that …".
  // So does a second verb of the same subject: "called her a “horrible witness,” and then tweeted that …", "… but did not suggest …",
  // past a verb of aspect: "…, but went on to say …".
  // And a preposition before a gerund cue: "said the deadlock has “kept us safe” before claiming that …".
  const lead = body.slice(from, nextStart);
  const boundary = CLAUSE_BOUNDARY.exec(lead.replace(ASPECT_LEAD, ''))
    ?? (/^\p{Ll}+ing\b/u.test(body.slice(nextStart, nextStart + 20)) ? /\s(?:before|after|without|upon)\s*$/.exec(body.slice(from, nextStart)) : null);
  return boundary ? from + boundary.index : nextStart;
}

/** Trim whitespace and the punctuation that separates a quote from its frame, keeping closing quotation marks with their text. */
function trimSpan(body: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,:;—–―-]/.test(body[start]!)) start++;
  while (end > start && /[\s,;:.—–―-]/.test(body[end - 1]!)) end--;
  // A parenthesis the span opens but does not close is the sentence's: "(The French are big fans, Mr. Madden said.)".
  if (body[start] === '(' && !body.slice(start, end).includes(')')) start = trimSpan(body, { start: start + 1, end }).start;
  return { start, end };
}

/** The sentence that `offset` falls in. */
const sentenceAt = (article: Article, offset: number): Span | undefined => overlapping(article.sentences, offset, offset + 1)[0];

/** The words between the quotation marks of a quotation's passages. */
const quotedWords = (body: string, parts: QuoteSegment[]): number => parts.reduce((n, p) => n + wordCount(body, p.inner), 0);

function wordCount(body: string, span: Span): number {
  return body.slice(span.start, span.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Nested attributions overlap by nature ("X said that Y believes Z"); only exact repeats go. */
function dropRepeats(drafts: Draft[]): Draft[] {
  return drafts.filter((draft, i) => i === 0 || draft.start !== drafts[i - 1]!.start || draft.end !== drafts[i - 1]!.end);
}
