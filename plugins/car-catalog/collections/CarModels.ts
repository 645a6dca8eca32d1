import type { CollectionConfig } from 'payload'

import { companyField } from '../../../fields/company'
import { deleteChildren } from '../../../hooks/deleteChildren'
import { companyCurated } from '../../../src/lib/access'

export const CarModels: CollectionConfig = {
  slug: 'car-models',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'updatedAt'],
    group: 'Catalogue',
    listSearchableFields: ['name'],
  },
  access: companyCurated,
  hooks: {
    beforeDelete: [deleteChildren({ collection: 'car-variants', field: 'model' })],
  },
  fields: [
    companyField(),
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'variants',
      type: 'join',
      collection: 'car-variants',
      on: 'model',
      admin: { defaultColumns: ['year', 'trim'] },
    },
  ],
  timestamps: true,
}
