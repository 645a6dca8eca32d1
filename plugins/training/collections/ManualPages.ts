import type { CollectionConfig } from 'payload'

import { quickFilters } from '../../../fields/admin'
import { companyField } from '../../../fields/company'
import { companyMembers } from '../../../src/lib/access'

/** Text of one manual page, written only by the extraction job (overrideAccess). */
export const ManualPages: CollectionConfig = {
  slug: 'manual-pages',
  admin: {
    useAsTitle: 'page',
    defaultColumns: ['page', 'file', 'equipment', 'text'],
    listSearchableFields: ['text'],
    group: 'Training',
    description: 'Read from the uploaded manuals (read-only): what training scripts cite.',
    components: {
      beforeListTable: [
        quickFilters([
          {
            field: 'equipment',
            label: 'Equipment',
            relationTo: 'training-equipment',
            titleField: 'name',
          },
        ]),
      ],
    },
  },
  access: { read: companyMembers, create: () => false, update: () => false, delete: () => false },
  fields: [
    companyField(),
    {
      name: 'equipment',
      type: 'relationship',
      relationTo: 'training-equipment',
      required: true,
      index: true,
    },
    {
      name: 'file',
      type: 'relationship',
      relationTo: 'equipment-files',
      required: true,
      index: true,
    },
    { name: 'page', type: 'number', required: true, min: 1 },
    { name: 'text', type: 'textarea', required: true },
  ],
  timestamps: true,
}
