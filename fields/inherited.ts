import type { RelationshipField } from 'payload'

/** `owner` copied from the parent document by `companyFromParent`, which overwrites whatever a request sends. */
export const inheritedOwnerField = (): RelationshipField => ({
  name: 'owner',
  type: 'relationship',
  relationTo: 'users',
  required: true,
  index: true,
  admin: { position: 'sidebar', readOnly: true },
})
