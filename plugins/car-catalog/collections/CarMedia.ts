import type { CollectionConfig } from 'payload'

import { choices, mediaPreviewField, quickFilters } from '../../../fields/admin'
import { companyField } from '../../../fields/company'
import { acceptUpload } from '../../../hooks/acceptUpload'
import { companyFromParent } from '../../../hooks/companyFromParent'
import { measureDuration } from '../hooks/measureDuration'
import { pinStorageLocation } from '../../../hooks/pinStorageLocation'
import type { CarCatalogOptions, CarMediaType } from '../options'
import { idOf } from '../../../src/lib/db/ids'
import { companyCurated } from '../../../src/lib/access'
import { contentFamilies } from '../../../src/lib/files/sniff'
import { badRequest } from '../../../src/lib/http/errors'
import { carMediaLocation } from '../../../src/lib/storage/keys'

export const carMediaTypes = [
  'EXTERIOR',
  'INTERIOR',
  'SOUND',
  '3D_MODEL',
] as const satisfies readonly CarMediaType[]

export const allowedCarMedia: Record<CarMediaType, readonly string[]> = {
  EXTERIOR: contentFamilies.image,
  INTERIOR: contentFamilies.image,
  SOUND: contentFamilies.audio,
  '3D_MODEL': contentFamilies.model3d,
}

export const carMediaCollection = (options: CarCatalogOptions): CollectionConfig => ({
  slug: 'car-media',
  labels: { singular: 'Car media', plural: 'Car media' },
  admin: {
    useAsTitle: 'originalFilename',
    defaultColumns: ['preview', 'type', 'variant', 'duration'],
    group: 'Catalogue',
    components: {
      beforeListTable: [
        quickFilters([
          { field: 'type', label: 'Type', options: choices(carMediaTypes) },
          { field: 'variant', label: 'Variant', relationTo: 'car-variants', titleField: 'trim' },
        ]),
      ],
    },
  },
  access: companyCurated,
  upload: {
    // Our beforeChange hook requires a file or a completed direct upload (which has no request file).
    filesRequiredOnCreate: false,
    imageSizes: [
      { name: 'thumbnail', width: 480, height: 320, fit: 'inside', withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  hooks: {
    beforeOperation: [
      acceptUpload({
        allowed: (data) => allowedCarMedia[data.type as CarMediaType] ?? [],
        maxBytes: (data) =>
          options.maxBytes[data.type as CarMediaType] ?? options.maxBytes.EXTERIOR,
      }),
      measureDuration({ when: (data) => data.type === 'SOUND' }),
    ],
    beforeValidate: [
      companyFromParent({ field: 'variant', collection: 'car-variants', what: 'Car variant' }),
    ],
    beforeChange: [
      ({ data, operation, originalDoc, req }) => {
        if (operation === 'update' && originalDoc) data.type = originalDoc.type
        // A completed direct-to-bucket upload has no request file; its endpoint records the file itself.
        if (operation === 'create' && !data.filename && !req.context?.directUpload) {
          throw badRequest('A media file is required.', 'file')
        }
        return data
      },
      pinStorageLocation(async (doc, req) => {
        // The key needs the model too: one lookup of the (already authorised) variant.
        const variantId = idOf(doc.variant)!
        const variant = await req.payload.findByID({
          collection: 'car-variants',
          id: variantId,
          depth: 0,
          req,
        })
        return carMediaLocation({
          companyId: idOf(doc.company)!,
          modelId: idOf(variant.model)!,
          variantId,
          mediaId: String(doc.id),
          type: doc.type as CarMediaType,
          ext: 'bin',
        }).prefix
      }),
    ],
  },
  fields: [
    companyField(),
    mediaPreviewField(),
    {
      name: 'variant',
      type: 'relationship',
      relationTo: 'car-variants',
      required: true,
      index: true,
    },
    { name: 'type', type: 'select', required: true, options: [...carMediaTypes] },
    { name: 'originalFilename', type: 'text', admin: { readOnly: true } },
    {
      name: 'duration',
      type: 'number',
      admin: { readOnly: true, description: 'Seconds (sounds).' },
    },
  ],
  timestamps: true,
})
