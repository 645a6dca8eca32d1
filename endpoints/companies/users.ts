import type { Endpoint } from 'payload'
import { z } from 'zod'

import { ownCompanyFromRoute } from '../../src/lib/access'
import { newInvitation, randomPassword } from '../../src/lib/auth/invitations'
import { listEndpoint, routeCompany } from '../../src/lib/http/documents'
import { conflict, notFound } from '../../src/lib/http/errors'
import { readBody, routeId } from '../../src/lib/http/request'

const inviteBody = z
  .object({
    email: z.email().max(254),
    name: z.string().trim().min(1).max(120),
    role: z.enum(['ADMIN', 'MEMBER']).default('MEMBER'),
  })
  .strict()

/** `GET /api/companies/:id/users`: the company's users, for any of its members. */
export const listCompanyUsers = listEndpoint({
  path: '/:id/users',
  collection: 'users',
  scope: routeCompany,
  limit: 100,
  sort: 'email',
})

/**
 * `POST /api/companies/:id/users`: invites a user. The account exists at once (pending,
 * unable to sign in); the invitee accepts with the emailed token via `POST /api/auth/signup`.
 */
export const inviteCompanyUser: Endpoint = {
  path: '/:id/users',
  method: 'post',
  handler: async (req) => {
    const company = await ownCompanyFromRoute(req, { admin: true })
    const body = await readBody(req, inviteBody)
    const { totalDocs } = await req.payload.count({
      collection: 'users',
      where: { email: { equals: body.email } },
    })
    if (totalDocs > 0) throw conflict('A user with this email already exists.')

    const invitation = newInvitation()
    const user = await req.payload.create({
      collection: 'users',
      data: {
        email: body.email,
        name: body.name,
        role: body.role,
        company: company.id,
        password: randomPassword(),
        inviteStatus: 'INVITED',
        invitationTokenHash: invitation.hash,
        invitationExpiresAt: invitation.expiresAt,
      },
    })
    const acceptUrl = `${req.payload.config.serverURL || ''}/invitations/accept?token=${invitation.token}`
    await req.payload.sendEmail({
      to: body.email,
      subject: `You are invited to ${company.name} on Reelsmith`,
      text: `${req.user!.email} invited you to ${company.name}.\nAccept: ${acceptUrl}\nInvitation token: ${invitation.token}\nIt expires ${invitation.expiresAt}.`,
    })
    return Response.json(
      {
        doc: {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          inviteStatus: user.inviteStatus,
        },
        invitation: { expiresAt: invitation.expiresAt },
      },
      { status: 201 },
    )
  },
}

/** `DELETE /api/companies/:id/users/:userId`: removes a user from the company (and the platform). */
export const removeCompanyUser: Endpoint = {
  path: '/:id/users/:userId',
  method: 'delete',
  handler: async (req) => {
    const company = await ownCompanyFromRoute(req, { admin: true })
    const userId = routeId(req, 'userId', 'User')
    if (userId === req.user!.id) throw conflict('You cannot remove yourself; ask another ADMIN.')
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { and: [{ id: { equals: userId } }, { company: { equals: company.id } }] },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    if (!docs[0]) throw notFound('User')
    await req.payload.delete({
      collection: 'users',
      id: userId,
      overrideAccess: false,
      user: req.user,
    })
    return Response.json({ id: userId, message: 'User removed.' })
  },
}
