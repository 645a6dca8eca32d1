import { createHash, randomBytes } from 'node:crypto'

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** A fresh invitation: the token goes to the invitee, only its hash is stored. */
export function newInvitation(now = Date.now()) {
  const token = randomBytes(32).toString('base64url')
  return {
    token,
    hash: hashToken(token),
    expiresAt: new Date(now + INVITATION_TTL_MS).toISOString(),
  }
}

export const randomPassword = () => randomBytes(32).toString('base64url')
