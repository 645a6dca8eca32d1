import { logoutOperation, type PayloadRequest } from 'payload'
import { generateExpiredPayloadCookie, generatePayloadCookie } from 'payload/shared'

import { idOf } from '../db/ids'
import { companyIdOf } from '../access'

const usersAuth = (req: PayloadRequest) => req.payload.collections.users.config.auth

/** Signs in through Payload and answers with the session cookie set, as `/api/users/login` does. */
export async function signInResponse(
  req: PayloadRequest,
  email: string,
  password: string,
  status = 200,
) {
  const result = await req.payload.login({ collection: 'users', data: { email, password }, req })
  const cookie = generatePayloadCookie({
    collectionAuthConfig: usersAuth(req),
    cookiePrefix: req.payload.config.cookiePrefix,
    token: result.token!,
  })
  return Response.json(
    { user: result.user, token: result.token, exp: result.exp },
    { status, headers: { 'Set-Cookie': cookie } },
  )
}

/** Ends the session on the server too (Payload's session list), so a copied cookie stops working. */
export async function signOutResponse(req: PayloadRequest) {
  if (req.user?.collection === 'users')
    await logoutOperation({ collection: req.payload.collections.users, req })
  const cookie = generateExpiredPayloadCookie({
    collectionAuthConfig: usersAuth(req),
    config: req.payload.config,
    cookiePrefix: req.payload.config.cookiePrefix,
  })
  return Response.json({ message: 'Signed out.' }, { headers: { 'Set-Cookie': cookie } })
}

/** The seed's session shape: who, which company, which role. */
export const sessionOf = (user: NonNullable<PayloadRequest['user']>) => ({
  user: { id: user.id, email: user.email, name: user.name ?? null },
  userId: user.id,
  companyId: companyIdOf(user),
  role: user.role ?? null,
  isPlatformOperator: Boolean(user.isPlatformOperator),
  company: idOf(user.company),
})
