import type { Entity, Span, Speaker } from '../contracts.js';
import { entityAt } from './entities.js';
import { FEMALE_NAMES, MALE_NAMES } from './first-names.js';
import { withoutContraction } from './names.js';

type Gender = 'male' | 'female';

const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female', hers: 'female' };
const TITLE_GENDER: Record<string, Gender> = { mr: 'male', 'mr.': 'male', mrs: 'female', 'mrs.': 'female', ms: 'female', 'ms.': 'female', sir: 'male', lady: 'female', dame: 'female', lord: 'male' };

/**
 * What an organisation issues or employs speaks for it: "A media release
 * said …" after "the Department of Foreign Affairs said" is the department.
 */
const ISSUED_BY_ORG = /^(?:a|an|the|its|their)\s+(?:\w+\s+)?(?:statement|release|report|memo|memorandum|letter|email|e-mail|spokesperson|spokesman|spokeswoman|representative|official|bulletin|communiqu[eé])$/;

/** Words after a name that leave it the speaker: "Clinton herself", "Carter, however", "Obama too". */
const EMPHASIS = /^(?:himself|herself|itself|themselves|however|too|also|alone|\p{Ll}+ly)$/u;

/** "“Mr. Trump, will you …": a name opening a quotation, a title at most before it, and a comma after it. */
function isVocative(body: string, span: Span): boolean {
  return body[span.end] === ',' && /[“"‘]\s*(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Senator|Governor|President|Secretary)\.?\s+)?$/.test(body.slice(Math.max(0, span.start - 12), span.start));
}

/**
 * Resolves speaker mentions to the people and organisations of the article.
 * Gender, which pronoun resolution needs, is read off the article itself:
 * a title ("Mrs. Warren") or the first he/she pronoun after each of the
 * person's mentions ("Warren said she …"), by majority.
 */
export class SpeakerResolver {
  private readonly genders = new Map<string, Gender | undefined>();
  private readonly personMentions: { entity: Entity; span: Span }[];
  private readonly orgMentions: { entity: Entity; span: Span }[];

  constructor(
    private readonly body: string,
    private readonly entities: Entity[],
  ) {
    const mentionsOf = (types: Entity['type'][]) => entities
      .filter((e) => types.includes(e.type))
      .flatMap((entity) => entity.mentions.map((span) => ({ entity, span })))
      .sort((a, b) => a.span.start - b.span.start);
    // A person addressed at the start of a quotation is its listener, never the "he" who asks it:
    // "“Mr. Trump, will you accept the results?” he asked" — he is the reporter.
    this.personMentions = mentionsOf(['PERSON']).filter(({ span }) => !isVocative(body, span));
    this.orgMentions = mentionsOf(['ORG', 'GPE']);
  }

  /**
   * A speaker as written at `span`: a pronoun resolves to the nearest fitting
   * person ("who" to the person just named), a name to its entity through
   * its capitalised `headSpan`; a descriptor stays as written.
   */
  resolve(span: Span, headSpan: Span): Speaker {
    const mention = this.body.slice(span.start, span.end);
    // "he’s said" speaks for "he".
    const lower = withoutContraction(mention.toLowerCase());
    let entity: Entity | undefined;
    if (lower === 'he' || lower === 'she') entity = this.nearestPerson(span.start, PRONOUN_GENDER[lower]);
    else if (lower === 'who') entity = this.nearestPerson(span.start);
    // "They" are people or an organisation, never a place: "Black voters in Michigan … they supported her" is not Michigan.
    else if (lower === 'they') entity = this.nearestOrg(span.start, 'ORG');
    // "It" speaks for an organisation; a "which" that names no phrase before it (see quotes.ts) stays as written,
    // since the nearest place or organisation is rarely what it stands for ("…, which showed" is not Iowa).
    else if (lower === 'it') entity = this.nearestOrg(span.start, 'ORG');
    else if (ISSUED_BY_ORG.test(lower)) entity = this.nearestOrg(span.start);
    else entity = this.named(headSpan);
    return { mention, name: entity?.name ?? mention, entityId: entity?.id ?? null, start: span.start, end: span.end };
  }

  /**
   * The entity a name head names: its last word's, else its first word's. Two names of a kind joined by "and"
   * name no one ("Trump and Lewandowski"); a title may hold an "and" ("Fox News Vice President and Washington
   * Managing Editor Bill Sammon").
   */
  private named(headSpan: Span): Entity | undefined {
    const entity = entityAt(this.entities, { start: headSpan.end - 1, end: headSpan.end });
    if (!entity) return this.nameOpening(headSpan);
    const other = / and /.test(this.body.slice(headSpan.start, headSpan.end)) ? entityAt(this.entities, { start: headSpan.start, end: headSpan.start + 1 }) : undefined;
    return other && other !== entity && other.type === entity.type ? undefined : entity;
  }

  /**
   * The entity a phrase opens with, when nothing but an emphasis follows it ("Clinton herself", "Carter,
   * however"). A noun after the name makes the phrase someone else: "Clinton aides", "Sanders’ campaign", "FEC
   * filings" and "U.S. officials" are not Clinton, Sanders, the FEC or the United States.
   */
  private nameOpening(headSpan: Span): Entity | undefined {
    const lastWord = /[\s,]\s*(\p{Ll}+)$/u.exec(this.body.slice(headSpan.start, headSpan.end))?.[1];
    if (lastWord && !EMPHASIS.test(lastWord)) return undefined;
    return entityAt(this.entities, { start: headSpan.start, end: headSpan.start + 1 });
  }

  /** The person mentioned last before `offset` whose gender does not contradict the pronoun. */
  private nearestPerson(offset: number, gender?: Gender): Entity | undefined {
    for (let i = this.personMentions.length - 1; i >= 0; i--) {
      const { entity, span } = this.personMentions[i]!;
      if (span.end > offset) continue;
      const known = this.genderOf(entity);
      if (!gender || !known || known === gender) return entity;
    }
    return undefined;
  }

  /** "They"/"it" as speakers are organisations (or, for "it", places), within the last couple of sentences. */
  private nearestOrg(offset: number, type?: Entity['type']): Entity | undefined {
    for (let i = this.orgMentions.length - 1; i >= 0; i--) {
      const { entity, span } = this.orgMentions[i]!;
      if (type && entity.type !== type) continue;
      if (span.end <= offset) return offset - span.end < 300 ? entity : undefined;
    }
    return undefined;
  }

  private genderOf(entity: Entity): Gender | undefined {
    if (this.genders.has(entity.id)) return this.genders.get(entity.id);
    const given = entity.name.split(' ')[0]!.toLowerCase();
    let male = MALE_NAMES.has(given) ? 3 : 0;
    let female = FEMALE_NAMES.has(given) ? 3 : 0;
    for (const alias of [entity.title ?? '', ...entity.aliases]) {
      const title = TITLE_GENDER[alias.split(' ')[0]!.toLowerCase()];
      if (title === 'male') male += 2;
      if (title === 'female') female += 2;
    }
    for (const mention of entity.mentions) {
      const after = this.body.slice(mention.end, mention.end + 160);
      const pronoun = /\b(he|him|his|she|her|hers)\b/i.exec(after);
      const gender = pronoun ? PRONOUN_GENDER[pronoun[1]!.toLowerCase()] : undefined;
      if (gender === 'male') male++;
      if (gender === 'female') female++;
    }
    const gender = male > female ? 'male' : female > male ? 'female' : undefined;
    this.genders.set(entity.id, gender);
    return gender;
  }
}
