import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Replicate's webhook signature (the Standard Webhooks scheme): HMAC-SHA256 of
 * `${webhook-id}.${webhook-timestamp}.${body}` with the base64 key after `whsec_`; the header
 * holds space-separated `v1,<base64>` signatures. Stale timestamps are refused (replays).
 */
export function verifyReplicateWebhook(args: {
  headers: Headers
  body: string
  secret: string
  toleranceSeconds?: number
  now?: number
}): boolean {
  const id = args.headers.get('webhook-id')
  const timestamp = args.headers.get('webhook-timestamp')
  const signatures = args.headers.get('webhook-signature')
  if (!id || !timestamp || !signatures) return false
  const now = args.now ?? Date.now() / 1000
  if (
    !/^\d+$/.test(timestamp) ||
    Math.abs(now - Number(timestamp)) > (args.toleranceSeconds ?? 300)
  )
    return false
  const key = Buffer.from(args.secret.replace(/^whsec_/, ''), 'base64')
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${args.body}`).digest()
  return signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',')
    if (version !== 'v1' || !signature) return false
    const given = Buffer.from(signature, 'base64')
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
}
