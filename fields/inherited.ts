import type { RelationshipField } from 'payload'

import { ownerRelationship } from './owner'

/** `owner` copied from the parent document by `companyFromParent`, which overwrites whatever a request sends. */
export const inheritedOwnerField = (): RelationshipField => ownerRelationship()
