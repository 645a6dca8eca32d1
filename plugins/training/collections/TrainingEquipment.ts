import type { CollectionConfig } from 'payload'

import { companyField } from '../../../fields/company'
import { ownerField } from '../../../fields/owner'
import { deleteChildren } from '../../../hooks/deleteChildren'
import { ownedDocuments } from '../../../src/lib/access'

/** Slug `training-equipment` keeps `/api/equipment…` free for the seed's snake_case routes. */
export const TrainingEquipment: CollectionConfig = {
  slug: 'training-equipment',
  labels: { singular: 'Equipment', plural: 'Equipment' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'owner', 'updatedAt'],
    listSearchableFields: ['name'],
    group: 'Training',
  },
  access: ownedDocuments,
  hooks: {
    // Its files go with it (rows, stored objects and indexed manual pages).
    beforeDelete: [deleteChildren({ collection: 'equipment-files', field: 'equipment' })],
  },
  fields: [
    companyField(),
    ownerField(),
    { name: 'name', type: 'text', required: true, minLength: 1, maxLength: 200 },
    {
      name: 'files',
      type: 'join',
      collection: 'equipment-files',
      on: 'equipment',
      defaultLimit: 0,
      defaultSort: 'uploadedAt',
    },
  ],
  timestamps: true,
}
