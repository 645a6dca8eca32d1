import type { Endpoint } from 'payload'
import { z } from 'zod'

import { signInResponse } from '../../src/lib/auth/session'
import { readBody } from '../../src/lib/http/request'
import { publicEndpoint } from '../../src/lib/http/signInFirst'

const signinBody = z.object({ email: z.email().max(254), password: z.string().min(1).max(256) })

/** `POST /api/auth/signin`: Payload's login, answered with the session cookie. */
export const signin: Endpoint = publicEndpoint(
  {
    path: '/auth/signin',
    method: 'post',
    handler: async (req) => {
      const { email, password } = await readBody(req, signinBody)
      return signInResponse(req, email, password)
    },
  },
  'signing in is how a session starts',
)
