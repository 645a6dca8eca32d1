import type { CollectionBeforeLoginHook } from 'payload'
import { APIError } from 'payload'

/** An invited user has a random password until they accept; nobody may sign in as them. */
export const refuseUnacceptedInvitations: CollectionBeforeLoginHook = ({ user }) => {
  if (user?.inviteStatus === 'INVITED') {
    throw new APIError('This invitation has not been accepted yet.', 401, undefined, true)
  }
  return user
}
