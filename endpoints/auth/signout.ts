import type { Endpoint } from 'payload'

import { signOutResponse } from '../../src/lib/auth/session'
import { publicEndpoint } from '../../src/lib/http/signInFirst'

/** `POST /api/auth/signout`: ends the session (server-side) and expires its cookie. */
export const signout: Endpoint = publicEndpoint(
  {
    path: '/auth/signout',
    method: 'post',
    handler: async (req) => signOutResponse(req),
  },
  'an expired session must still be able to clear its cookie',
)
