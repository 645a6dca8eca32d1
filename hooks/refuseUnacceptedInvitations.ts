import type { CollectionBeforeLoginHook } from 'payload'

import { unauthorized } from '../src/lib/http/errors'

/** An invited user has a random password until they accept; nobody may sign in as them. */
export const refuseUnacceptedInvitations: CollectionBeforeLoginHook = ({ user }) => {
  if (user?.inviteStatus === 'INVITED') {
    throw unauthorized('This invitation has not been accepted yet.')
  }
  return user
}
