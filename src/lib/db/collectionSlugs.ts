import type { CollectionSlug, Payload } from 'payload'

/** A slug read from a config (a string) that names one of this app's collections. */
export const isCollectionSlug = (payload: Payload, slug: string): slug is CollectionSlug =>
  slug in payload.collections
