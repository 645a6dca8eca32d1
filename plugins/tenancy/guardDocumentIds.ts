import type { Config, Plugin } from 'payload'

import { notFoundForUnreadable } from '../../hooks/notFoundForUnreadable'
import { fileNotFoundEndpoint } from './fileNotFound'

/**
 * Foreign document ids (and file names) answer 404. Applies to every collection, including
 * those of plugins composed after `tenancy`: put it after the feature plugins in payload.config.ts.
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
      // Files of upload collections too: another company's file is not found, not forbidden.
      endpoints:
        collection.upload && collection.endpoints !== false
          ? [fileNotFoundEndpoint(collection.slug), ...(collection.endpoints ?? [])]
          : collection.endpoints,
    })),
  })
