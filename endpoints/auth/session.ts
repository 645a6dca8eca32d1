import type { Endpoint } from 'payload'

import { sessionOf } from '../../src/lib/auth/session'
import { requireUser } from '../../src/lib/http/request'

/** `GET /api/auth/session`: the signed-in user's id, company and role. */
export const session: Endpoint = {
  path: '/auth/session',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    return Response.json(sessionOf(req.user))
  },
}
