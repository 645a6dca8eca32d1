import type { CollectionConfig } from 'payload'

import { companyField } from '../fields/company'
import { textDocumentField } from '../fields/richText'
import { companyCurated } from '../src/lib/access'

/**
 * A company's brand guidelines: one written document per company (tone, words to use and avoid,
 * what every film must show). Drafts autosave while an ADMIN writes; only the published version
 * reaches the storyboard prompt.
 */
export const BrandGuidelines: CollectionConfig = {
  slug: 'brand-guidelines',
  labels: { singular: 'Brand guidelines', plural: 'Brand guidelines' },
  admin: {
    group: 'Brand',
    useAsTitle: 'title',
    defaultColumns: ['title', '_status', 'updatedAt'],
    description:
      'How the company speaks and looks. The published version is given to every storyboard.',
  },
  access: companyCurated,
  versions: { drafts: { autosave: { interval: 2000 } }, maxPerDoc: 50 },
  fields: [
    // One document per company: the unique index refuses a second one.
    { ...companyField(), unique: true },
    {
      name: 'title',
      type: 'text',
      required: true,
      defaultValue: 'Brand guidelines',
      maxLength: 120,
    },
    textDocumentField({ name: 'guidelines', label: 'Guidelines' }),
  ],
  timestamps: true,
}
