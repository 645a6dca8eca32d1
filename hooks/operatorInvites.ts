import type { CollectionAfterChangeHook } from 'payload'

import { companyIdOf, isPlatformOperator } from '../src/lib/access'
import { idOf } from '../src/lib/db/ids'
import { newInvitation, randomPassword } from '../src/lib/auth/invitations'

/**
 * The platform operator onboards another company's users, but never holds a way into that
 * company: an account the operator creates outside their own company becomes an invitation
 * (random password, token emailed to the invitee, who sets their own password on signup).
 */
export const operatorCreatesInvitations: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
}) => {
  if (
    operation !== 'create' ||
    !isPlatformOperator(req.user) ||
    idOf(doc.company) === companyIdOf(req.user)
  )
    return doc
  const invitation = newInvitation()
  const invited = await req.payload.update({
    collection: 'users',
    id: doc.id,
    data: {
      password: randomPassword(),
      inviteStatus: 'INVITED',
      invitationTokenHash: invitation.hash,
      invitationExpiresAt: invitation.expiresAt,
    },
    req,
  })
  const acceptUrl = `${req.payload.config.serverURL || ''}/signup?invitation=${invitation.token}`
  await req.payload.sendEmail({
    to: doc.email,
    subject: 'You are invited to Reelsmith',
    text: `The Reelsmith platform team invited you.\nAccept: ${acceptUrl}\nInvitation token: ${invitation.token}\nIt expires ${invitation.expiresAt}.`,
  })
  return { ...doc, inviteStatus: invited.inviteStatus }
}
