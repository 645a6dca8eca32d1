import type { CollectionConfig } from 'payload'

import {
  ownCompanyAdminsOrPlatformOperator,
  ownCompanyOrPlatformOperator,
  platformOperators,
} from '../src/lib/access'

export const Companies: CollectionConfig = {
  slug: 'companies',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'updatedAt'], group: 'Brand' },
  access: {
    read: ownCompanyOrPlatformOperator,
    create: platformOperators,
    update: ownCompanyAdminsOrPlatformOperator,
    delete: platformOperators,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'users',
      type: 'join',
      collection: 'users',
      on: 'company',
      admin: { defaultColumns: ['name', 'email', 'role'] },
    },
    {
      name: 'assets',
      type: 'join',
      collection: 'company-assets',
      on: 'company',
      admin: { defaultColumns: ['type', 'originalFilename'] },
    },
  ],
  timestamps: true,
}
