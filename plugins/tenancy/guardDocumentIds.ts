import type { Config, Plugin } from 'payload'

import { notFoundForUnreadable } from '../../hooks/notFoundForUnreadable'

/**
 * Applies to every collection, including those of plugins composed after `tenancy`: put it
 * after the feature plugins in payload.config.ts.
 */
export const guardDocumentIds =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [notFoundForUnreadable, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
  })
