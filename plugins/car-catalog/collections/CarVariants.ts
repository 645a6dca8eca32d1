import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { quickFilters } from '../../../fields/admin'
import { companyField } from '../../../fields/company'
import { companyFromParent } from '../../../hooks/companyFromParent'
import { deleteChildren } from '../../../hooks/deleteChildren'
import { idOf } from '../../../src/lib/db/ids'
import { companyCurated } from '../../../src/lib/access'
import { conflict } from '../../../src/lib/http/errors'

export const FIRST_CAR_YEAR = 1886
export const lastCarYear = () => new Date().getFullYear() + 2

/** One variant per model, year and trim: a clear 409 instead of the database's unique error. */
const uniqueYearAndTrim: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const model = idOf(data?.model ?? originalDoc?.model)
  const year = data?.year ?? originalDoc?.year
  const trim = data?.trim ?? originalDoc?.trim
  if (!model || year === undefined || !trim) return data
  const { totalDocs } = await req.payload.count({
    collection: 'car-variants',
    where: {
      and: [
        { model: { equals: model } },
        { year: { equals: year } },
        { trim: { equals: trim } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    req,
  })
  if (totalDocs > 0) throw conflict(`This model already has a ${year} ${trim} variant.`)
  return data
}

export const CarVariants: CollectionConfig = {
  slug: 'car-variants',
  admin: {
    useAsTitle: 'trim',
    defaultColumns: ['trim', 'model', 'year', 'updatedAt'],
    group: 'Catalogue',
    components: {
      beforeListTable: [
        quickFilters([
          { field: 'model', label: 'Model', relationTo: 'car-models', titleField: 'name' },
        ]),
      ],
    },
  },
  access: companyCurated,
  indexes: [{ fields: ['model', 'year', 'trim'], unique: true }],
  hooks: {
    beforeValidate: [
      companyFromParent({ field: 'model', collection: 'car-models', what: 'Car model' }),
      uniqueYearAndTrim,
    ],
    beforeDelete: [deleteChildren({ collection: 'car-media', field: 'variant' })],
  },
  fields: [
    companyField(),
    { name: 'model', type: 'relationship', relationTo: 'car-models', required: true, index: true },
    {
      name: 'year',
      type: 'number',
      required: true,
      validate: (value: number | null | undefined) =>
        typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= FIRST_CAR_YEAR &&
        value <= lastCarYear()
          ? true
          : `Year must be a whole number between ${FIRST_CAR_YEAR} and ${lastCarYear()}.`,
    },
    { name: 'trim', type: 'text', required: true, maxLength: 80 },
    {
      name: 'media',
      type: 'join',
      collection: 'car-media',
      on: 'variant',
      admin: { defaultColumns: ['type', 'originalFilename'] },
    },
  ],
  timestamps: true,
}
