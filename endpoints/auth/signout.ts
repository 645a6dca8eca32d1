import type { Endpoint } from 'payload'

import { signOutResponse } from '../../src/lib/auth/session'

/** `POST /api/auth/signout`: expires the session cookie (JWTs are stateless). */
export const signout: Endpoint = {
  path: '/auth/signout',
  method: 'post',
  handler: async (req) => signOutResponse(req),
}
