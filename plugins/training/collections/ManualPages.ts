import type { CollectionConfig } from 'payload'

import { companyField } from '../../../fields/company'
import { companyMembers } from '../../../src/lib/access'

/** Text of one manual page, written only by the extraction job (overrideAccess). */
export const ManualPages: CollectionConfig = {
  slug: 'manual-pages',
  admin: { useAsTitle: 'page', group: 'Training' },
  access: { read: companyMembers, create: () => false, update: () => false, delete: () => false },
  fields: [
    companyField(),
    { name: 'equipment', type: 'relationship', relationTo: 'training-equipment', required: true, index: true },
    { name: 'file', type: 'relationship', relationTo: 'equipment-files', required: true, index: true },
    { name: 'page', type: 'number', required: true, min: 1 },
    { name: 'text', type: 'textarea', required: true },
  ],
  timestamps: true,
}
