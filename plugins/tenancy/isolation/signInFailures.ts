import type { AfterErrorHook } from 'payload'

export const SIGN_IN_FAILED =
  'The email or password is incorrect, or the account is locked for a few minutes after repeated failures.'

/**
 * Account enumeration: a failed sign-in says the same whether the address is unknown, the
 * password wrong, or the account locked after too many failures (Payload's "This user is
 * locked…" would confirm the account exists) — for `/api/auth/signin` and `/api/users/login` alike.
 */
export const uniformSignInFailure: AfterErrorHook = ({ error }) => {
  const name = (error as { name?: string }).name
  if (name !== 'AuthenticationError' && name !== 'LockedAuth') return
  return { status: 401, response: { errors: [{ message: SIGN_IN_FAILED }] } }
}
