import { createHmac, timingSafeEqual } from 'node:crypto'
import type { ZodType } from 'zod'

/** A tamper-proof, expiring token (HMAC-SHA256 with the Payload secret) carrying `claims`. */
export function signToken(secret: string, claims: object, ttlSeconds: number): string {
  const body = Buffer.from(
    JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) + ttlSeconds }),
  ).toString('base64url')
  const mac = createHmac('sha256', secret).update(body).digest('base64url')
  return `${body}.${mac}`
}

/** The claims of a valid, unexpired token, else null. */
export function verifyToken<T>(secret: string, token: string, schema: ZodType<T>): T | null {
  const [body, mac] = token.split('.')
  if (!body || !mac) return null
  const expected = createHmac('sha256', secret).update(body).digest()
  const given = Buffer.from(mac, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as { exp?: number }
    if (!claims.exp || claims.exp < Date.now() / 1000) return null
    const parsed = schema.safeParse(claims)
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
