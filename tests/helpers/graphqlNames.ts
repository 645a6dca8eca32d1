import { formatNames, toWords, type SanitizedCollectionConfig } from 'payload'

/** The GraphQL type names Payload gives a collection (as @payloadcms/graphql derives them), or null without GraphQL. */
export function graphqlNames(
  collection: SanitizedCollectionConfig,
): { one: string; many: string } | null {
  if (collection.graphQL === false) return null
  const fromSlug = formatNames(collection.slug)
  const one = collection.graphQL?.singularName
    ? toWords(collection.graphQL.singularName, true)
    : fromSlug.singular
  const many = collection.graphQL?.pluralName
    ? toWords(collection.graphQL.pluralName, true)
    : fromSlug.plural
  return { one, many: one === many ? `all${one}` : many }
}
