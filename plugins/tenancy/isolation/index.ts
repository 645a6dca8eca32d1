import type { CollectionConfig, Config, Plugin } from 'payload'

import { notFoundForUnreadable } from '../hooks/notFoundForUnreadable'
import { badInputIsNotServerError, refuseMalformedData } from './badInput'
import { makeLocksPrivate } from './documentLocks'
import { withPrivateJobsQueue } from './jobsAccess'
import { duplicateReadableOnly, fileNotFoundEndpoint, forbiddenAsNotFound } from './notFoundRoutes'
import { fixPreferenceDeletion } from './preferences'
import { withReadableTargets } from './readableTargets'
import { withPrivateVersions } from './versionsAccess'

/**
 * The tenancy rules that hold for every collection, in one place. Compose it after the feature
 * plugins in payload.config.ts; collections they add later inherit it without anyone remembering:
 * - a foreign document id, file name or version answers 404 (`notFoundForUnreadable`, `notFoundRoutes`);
 * - relationship and upload fields only accept targets their writer can read (`readableTargets`);
 * - versions are readable exactly like their documents (`versionsAccess`);
 * - Payload's own edges: document locks, the jobs queue and its routes;
 * - bad input (NUL characters, database data exceptions) answers 400, never 500.
 */
export const tenantIsolation =
  (): Plugin =>
  (config: Config): Config => {
    const collections = (config.collections ?? []).map((collection) => {
      const guarded = withPrivateVersions(withReadableTargets(collection))
      return {
        ...guarded,
        hooks: {
          ...guarded.hooks,
          beforeOperation: [refuseMalformedData, notFoundForUnreadable, ...(guarded.hooks?.beforeOperation ?? [])],
        },
        endpoints: guarded.endpoints === false ? (false as const) : [...notFoundRoutes(guarded), ...(guarded.endpoints ?? [])],
      }
    })
    return withPrivateJobsQueue({
      ...config,
      collections,
      hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), badInputIsNotServerError] },
      // Payload adds its own collections (locks, preferences) after the plugins: harden them once built.
      onInit: async (payload) => {
        const locks = payload.collections['payload-locked-documents']?.config
        if (locks) makeLocksPrivate(locks)
        fixPreferenceDeletion(payload.collections['payload-preferences'].config)
        // Payload answers 501 for every route of a collection without REST (the migrations): 404.
        const migrations = payload.collections['payload-migrations']?.config
        if (migrations?.endpoints === false) migrations.endpoints = []
        await config.onInit?.(payload)
      },
    })
  }

const notFoundRoutes = (collection: CollectionConfig) => [
  duplicateReadableOnly(collection.slug),
  ...(collection.upload ? [fileNotFoundEndpoint(collection.slug)] : []),
  ...(collection.versions
    ? [
        forbiddenAsNotFound(collection.slug, '/versions/:id', 'Version'),
        forbiddenAsNotFound(collection.slug, '/versions/:id', 'Version', 'post'),
      ]
    : []),
]
