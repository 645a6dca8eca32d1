import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'
import { z } from 'zod'

import { hashToken } from '../../src/lib/auth/invitations'
import { signInResponse } from '../../src/lib/auth/session'
import { badRequest } from '../../src/lib/http/errors'
import { readBody } from '../../src/lib/http/request'
import { publicEndpoint } from '../../src/lib/http/signInFirst'

/** Also the answer for an address already in use: it names no reason that only applies to existing accounts. */
export const SIGNUP_REFUSED =
  'This sign-up could not be completed. If you already have an account, sign in or reset your password.'

export const signupBody = z
  .object({
    email: z.email().max(254).optional(),
    password: z.string().min(8, 'must be at least 8 characters').max(256),
    name: z.string().trim().min(1).max(120),
    /** Creates a new company whose first user is its ADMIN. */
    companyName: z.string().trim().min(1).max(120).optional(),
    /** Accepts an invitation sent by a company ADMIN. */
    invitationToken: z.string().min(16).max(256).optional(),
  })
  .strict()
  .refine((body) => Boolean(body.companyName) !== Boolean(body.invitationToken), {
    message: 'give either companyName (new company) or invitationToken (join a company)',
    path: ['companyName'],
  })
  .refine((body) => Boolean(body.invitationToken) || Boolean(body.email), {
    message: 'is required',
    path: ['email'],
  })

/** `POST /api/auth/signup`: a new company with its first ADMIN, or an accepted invitation. */
export const signup: Endpoint = publicEndpoint(
  {
    path: '/auth/signup',
    method: 'post',
    handler: async (req) => {
      const body = await readBody(req, signupBody)
      const { payload } = req
      // Signing up acts for the newcomer, not for whoever may already be signed in on this client
      // (the operator's hooks, for one, would turn the new account into an invitation).
      req.user = null

      if (body.invitationToken) {
        const { docs } = await payload.find({
          collection: 'users',
          where: {
            invitationTokenHash: { equals: hashToken(body.invitationToken) },
            inviteStatus: { equals: 'INVITED' },
            invitationExpiresAt: { greater_than: new Date().toISOString() },
          },
          limit: 1,
          depth: 0,
          showHiddenFields: true,
        })
        const invited = docs[0]
        if (!invited)
          throw badRequest('The invitation is invalid or has expired.', 'invitationToken')
        if (body.email && body.email.toLowerCase() !== invited.email.toLowerCase()) {
          throw badRequest('The invitation was sent to another email address.', 'email')
        }
        await payload.update({
          collection: 'users',
          id: invited.id,
          data: {
            name: body.name,
            password: body.password,
            inviteStatus: 'ACTIVE',
            invitationTokenHash: null,
            invitationExpiresAt: null,
          },
        })
        return signInResponse(req, invited.email, body.password, 201)
      }

      // An address already in use is not confirmed by name (the answer does not say "registered").
      const { totalDocs } = await payload.count({
        collection: 'users',
        where: { email: { equals: body.email!.toLowerCase() } },
      })
      if (totalDocs > 0) throw badRequest(SIGNUP_REFUSED, 'email')
      const shouldCommit = await initTransaction(req)
      try {
        const company = await payload.create({
          collection: 'companies',
          data: { name: body.companyName! },
          req,
        })
        await payload.create({
          collection: 'users',
          data: {
            email: body.email!,
            password: body.password,
            name: body.name,
            role: 'ADMIN',
            company: company.id,
          },
          req,
        })
        if (shouldCommit) await commitTransaction(req)
      } catch (error) {
        await killTransaction(req)
        throw error
      }
      return signInResponse(req, body.email!, body.password, 201)
    },
  },
  'new companies and invited people sign up before they have a session',
)
