import type { RelationshipField } from 'payload'

import { idOf } from '../src/lib/db/ids'

/** `owner`: the user a document belongs to, shown read-only in the sidebar. */
export const ownerRelationship = (): RelationshipField => ({
  name: 'owner',
  type: 'relationship',
  relationTo: 'users',
  required: true,
  index: true,
  admin: { position: 'sidebar', readOnly: true },
})

/** The user who created the document: taken from the session on create, immutable after. */
export const ownerField = (): RelationshipField => ({
  ...ownerRelationship(),
  hooks: {
    beforeValidate: [
      ({ operation, originalDoc, req, value }) => {
        if (operation === 'update') return idOf(originalDoc?.owner) ?? value
        return req.user?.id ?? value
      },
    ],
  },
})
