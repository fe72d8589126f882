/**
 * The single table's key layout, shared by the CDK stack and the local engine
 * so the two can never drift apart. Key builders are in keys.ts.
 *
 * Cost drives this layout: on-demand DynamoDB bills a write per 1 KB of each
 * item written, and again for every GSI the item lands in. An article is
 * therefore one compressed item, and each way of finding it is one small
 * pointer item written straight into the partition that query reads, not a
 * GSI copy of a base item (which would bill twice).
 *
 *   PK                      SK                        what
 *   ARTICLE#<articleId>     RECORD                    the article: status, listing fields, and the whole
 *                                                     extracted record brotli-compressed in `z` (one item, so
 *                                                     a re-upload replaces it atomically; `seq` orders versions)
 *   ARTICLES                <date>#<articleId>        listing entry of every article, newest first
 *   ARTICLES#<status>       <date>#<articleId>        listing entry of a REJECTED or FAILED article
 *   ENTITY#<entityKey>      <date>#<articleId>        pointer: the entity speaks (`nq` quotes) or takes part in
 *                                                     events (`ne`, of types `et`, modalities `mo`) in the article
 *   EVTYPE#<typeKey>        <date>#<articleId>        pointer: the article has `n` events of this type
 *   OBJECT#<objectId>       <articleId>               an article of a file that holds several (JSON Lines)
 *   NAMES#<c>               <aliasKey>#<entityKey>    name catalogue (c = first character of aliasKey): every
 *                                                     written form of an entity's name. The item whose aliasKey
 *                                                     is the entityKey itself is the entity's profile (name,
 *                                                     type, aliases, titles)
 *
 * `<date>` is the publication date (YYYY-MM-DD, `0000-00-00` when unknown),
 * so every listing is one Query on one partition, sliced by date with the
 * sort key. Quotes and events are not copied into the pointers: readers take
 * them from the article item, so what they see is always one consistent
 * version of the article. Counts are summed from the pointers at read time:
 * a maintained counter would cost a write per entity per article and could
 * not be kept exact under redelivery without transactions.
 *
 * One sparse GSI, on the profile items only, lists entities by type:
 * - EntitiesByType: TypePK = TYPE#<type>, TypeSK = <entityKey>
 * It projects only what a type listing shows (key, name, type, the form
 * written): a profile gains aliases and titles as articles arrive, and with
 * projection ALL every such update would be written to the index again. So
 * the index is written once per entity, at its first sighting.
 */
export const TABLE_KEYS = { partitionKey: 'PK', sortKey: 'SK' } as const;

export const GSI = {
  entitiesByType: { name: 'EntitiesByType', partitionKey: 'TypePK', sortKey: 'TypeSK', projected: ['entityKey', 'name', 'type', 'alias'] },
} as const;

export type GsiDefinition = (typeof GSI)[keyof typeof GSI];
export const GSIS: readonly GsiDefinition[] = Object.values(GSI);
