import type { Config, Endpoint, Plugin } from 'payload'

import { unauthorized } from './errors'

/**
 * Marks an endpoint that anonymous callers may reach, with the reason (sign-in and sign-up
 * themselves, a webhook that checks its own signature). Every other custom endpoint asks for a
 * session before it reads anything of the request (`signInFirst`).
 */
export const publicEndpoint = (endpoint: Endpoint, reason: string): Endpoint => ({
  ...endpoint,
  custom: { ...endpoint.custom, public: reason },
})

export const isPublicEndpoint = (endpoint: Endpoint) => Boolean(endpoint.custom?.public)

const signedInOnly = (endpoint: Endpoint): Endpoint => {
  if (isPublicEndpoint(endpoint)) return endpoint
  const { handler } = endpoint
  return {
    ...endpoint,
    handler: async (req) => {
      // Before the body, route params or query are validated: an anonymous caller learns nothing
      // about the route's input from a 400.
      if (!req.user) throw unauthorized()
      return handler(req)
    },
  }
}

/**
 * One guard for every custom endpoint of the app: anonymous callers get 401 unless the endpoint is
 * a `publicEndpoint`. Compose it last, after every plugin that adds endpoints; Payload's own
 * endpoints (added when the config is built) keep their own access checks.
 */
export const signInFirst =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    endpoints: (config.endpoints ?? []).map(signedInOnly),
    collections: (config.collections ?? []).map((collection) =>
      Array.isArray(collection.endpoints)
        ? { ...collection, endpoints: collection.endpoints.map(signedInOnly) }
        : collection,
    ),
  })
