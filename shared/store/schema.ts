/**
 * The single table's key schema, shared by the CDK stack and the local engine
 * so the two can never drift apart.
 *
 * Base key: PK = ARTICLE#<articleId>, SK = META | QUOTE#… | ENTITY#… | EVENT#…
 * so one Query reads a whole article. Global helper items:
 * PK = ALIAS#<aliasKey>, SK = ENTITY#<entityKey> maps any written form of a
 * name ("lorenzana", "dfa") to the cross-article entity keys it denotes.
 *
 * Sparse, overloaded GSIs (only items that carry the attributes appear):
 * - GSI1 quotes by speaker: GSI1PK = SPEAKER#<entityKey>, GSI1SK = <date>#<articleId>#<n>
 * - GSI2 articles by date:  GSI2PK = ARTICLES,            GSI2SK = <date>#<articleId>
 */
export const TABLE_KEYS = { partitionKey: 'PK', sortKey: 'SK' } as const;

export const GSI = {
  quotesBySpeaker: { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
  articlesByDate: { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
} as const;

export type GsiDefinition = (typeof GSI)[keyof typeof GSI];
export const GSIS: readonly GsiDefinition[] = Object.values(GSI);
