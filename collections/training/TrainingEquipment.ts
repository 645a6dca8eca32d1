import type { CollectionConfig } from 'payload'

import { companyField } from '../../fields/company'
import { ownerField } from '../../fields/owner'
import { ownedDocuments } from '../../src/lib/access'

/** Slug `training-equipment` keeps `/api/equipment…` free for the seed's snake_case routes. */
export const TrainingEquipment: CollectionConfig = {
  slug: 'training-equipment',
  admin: { useAsTitle: 'name', group: 'Training' },
  access: ownedDocuments,
  fields: [
    companyField(),
    ownerField(),
    { name: 'name', type: 'text', required: true, minLength: 1, maxLength: 200 },
  ],
  timestamps: true,
}
