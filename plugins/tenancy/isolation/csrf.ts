import type { Payload, SanitizedConfig } from 'payload'

/**
 * CSRF: a browser attaches the session cookie to requests another site makes it send (a form
 * posted from evil.example, a fetch from a compromised page elsewhere). Those requests carry
 * that site's `Origin`, so a cookie that comes with a foreign Origin is not a session: the
 * request is anonymous (and refused wherever a user is needed). Same-origin requests, requests
 * without an Origin (curl, servers) and `Authorization` headers (never sent by a browser on its
 * own) are unaffected. Trusted other origins: `SERVER_URL` and Payload's `csrf` list.
 */
export function cookiesOnlyFromOwnOrigin(payload: Payload) {
  for (const strategy of payload.authStrategies ?? []) {
    if (strategy.name !== 'local-jwt') continue
    const authenticate = strategy.authenticate
    strategy.authenticate = (args) =>
      authenticate(
        isForeignOrigin(args.headers, payload.config)
          ? { ...args, headers: withoutCookie(args.headers) }
          : args,
      )
  }
}

export function isForeignOrigin(
  headers: Headers,
  config: Pick<SanitizedConfig, 'csrf' | 'serverURL'>,
): boolean {
  const origin = headers.get('origin')
  if (!origin) return false
  if (
    config.csrf.includes(origin) ||
    (config.serverURL && new URL(config.serverURL).origin === origin)
  )
    return false
  const host = (headers.get('x-forwarded-host') ?? headers.get('host'))?.split(',')[0]?.trim()
  try {
    return !host || new URL(origin).host !== host
  } catch {
    // `Origin: null` (sandboxed frames, file: pages) and anything unparsable.
    return true
  }
}

function withoutCookie(headers: Headers): Headers {
  const copy = new Headers(headers)
  copy.delete('cookie')
  return copy
}
