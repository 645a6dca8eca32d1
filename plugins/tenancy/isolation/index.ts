import type { CollectionConfig, Config, Payload, Plugin } from 'payload'

import { notFoundForUnreadable } from '../hooks/notFoundForUnreadable'
import { badInputIsNotServerError, refuseMalformedData } from './badInput'
import { cookiesOnlyFromOwnOrigin } from './csrf'
import { uniformSignInFailure } from './signInFailures'
import { normaliseListOperators } from './listOperators'
import { makeLocksPrivate } from './documentLocks'
import { withPrivateJobsQueue } from './jobsAccess'
import { duplicateReadableOnly, fileNotFoundEndpoint, forbiddenAsNotFound } from './notFoundRoutes'
import { fixPreferenceRoutes } from './preferences'
import { withReadableTargets } from './readableTargets'
import { withPrivateVersions } from './versionsAccess'

/**
 * The tenancy rules that hold for every collection, in one place. Compose it after the feature
 * plugins in payload.config.ts; collections they add later inherit it without anyone remembering:
 * - a foreign document id, file name or version answers 404 (`notFoundForUnreadable`, `notFoundRoutes`);
 * - relationship and upload fields only accept targets their writer can read (`readableTargets`);
 * - versions are readable exactly like their documents (`versionsAccess`);
 * - Payload's own edges: document locks, the jobs queue and its routes;
 * - bad input (NUL characters, database data exceptions) answers 400, never 500;
 * - `in`/`not_in` always get lists, and an empty `in` matches nothing (`listOperators`);
 * - a session cookie sent with a foreign Origin is no session (`csrf`); failed sign-ins all read alike.
 */
export const tenantIsolation =
  (): Plugin =>
  (config: Config): Config => {
    const collections = (config.collections ?? []).map((collection) => {
      const guarded = withPrivateVersions(withReadableTargets(withoutFileDuplicates(collection)))
      return {
        ...guarded,
        hooks: {
          ...guarded.hooks,
          beforeOperation: [
            refuseMalformedData,
            notFoundForUnreadable,
            ...(guarded.hooks?.beforeOperation ?? []),
          ],
        },
        endpoints:
          guarded.endpoints === false
            ? (false as const)
            : [...notFoundRoutes(guarded), ...(guarded.endpoints ?? [])],
      }
    })
    return withPrivateJobsQueue({
      ...config,
      collections,
      hooks: {
        ...config.hooks,
        afterError: [
          ...(config.hooks?.afterError ?? []),
          badInputIsNotServerError,
          uniformSignInFailure,
        ],
      },
      // Payload adds its own collections (locks, preferences) after the plugins: harden them once built.
      onInit: async (payload) => {
        normaliseListOperators(payload)
        cookiesOnlyFromOwnOrigin(payload)
        // Payload's own collections (locks, preferences, jobs…) refuse malformed data too.
        for (const { config: collection } of Object.values(payload.collections)) {
          if (!collection.hooks.beforeOperation?.includes(refuseMalformedData))
            collection.hooks.beforeOperation = [
              refuseMalformedData,
              ...(collection.hooks.beforeOperation ?? []),
            ]
        }
        const locks = payload.collections['payload-locked-documents']?.config
        if (locks) makeLocksPrivate(locks)
        fixPreferenceRoutes(payload.collections['payload-preferences'].config)
        // Payload answers 501 for every route of a collection without REST (the migrations): 404.
        const migrations = payload.collections['payload-migrations']?.config
        if (migrations?.endpoints === false) migrations.endpoints = []
        withoutUnusedRoutes(payload)
        await config.onInit?.(payload)
      },
    })
  }

/**
 * Payload duplicates an upload by downloading its file from the document's own URL, without the
 * caller's session: private files are never served that way, so it could only fail (a 500).
 * Uploads are not duplicated; Payload then serves no duplicate route for them.
 */
const withoutFileDuplicates = (collection: CollectionConfig): CollectionConfig =>
  collection.upload ? { ...collection, disableDuplicate: true } : collection

/**
 * Routes Payload serves whether or not their feature is on: `/paste-url` (fetch a URL into a new
 * upload) answers with an error logged as a server error where pasting is not enabled, and
 * `/verify/:id` answers 500 where email verification is not enabled. Neither is enabled: the
 * routes are not served (404).
 */
function withoutUnusedRoutes(payload: Payload) {
  for (const { config } of Object.values(payload.collections)) {
    if (!Array.isArray(config.endpoints)) continue
    const unused = (path: string) =>
      (path.startsWith('/paste-url') && !config.upload?.pasteURL) ||
      (path === '/verify/:id' && !(config.auth && config.auth.verify))
    config.endpoints = config.endpoints.filter((endpoint) => !unused(endpoint.path))
  }
}

/** Payload disables duplicating auth collections (users) unless they ask for it. */
const duplicates = (collection: CollectionConfig) =>
  !(collection.disableDuplicate ?? Boolean(collection.auth))

const notFoundRoutes = (collection: CollectionConfig) => [
  ...(duplicates(collection) ? [duplicateReadableOnly(collection.slug)] : []),
  ...(collection.upload ? [fileNotFoundEndpoint(collection.slug)] : []),
  ...(collection.versions
    ? [
        forbiddenAsNotFound(collection.slug, '/versions/:id', 'Version'),
        forbiddenAsNotFound(collection.slug, '/versions/:id', 'Version', 'post'),
      ]
    : []),
]
