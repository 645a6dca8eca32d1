import type { CollectionConfig } from 'payload'

import { choices, mediaPreviewField, quickFilters } from '../../../fields/admin'
import { companyField } from '../../../fields/company'
import { ownerField } from '../../../fields/owner'
import { companyFromParent } from '../../../hooks/companyFromParent'
import { acceptUpload } from '../../../hooks/acceptUpload'
import { checkManualPdf } from '../hooks/checkManualPdf'
import { deleteChildren } from '../../../hooks/deleteChildren'
import { markManualPending, queueManualExtraction } from '../hooks/queueManualExtraction'
import { pinStorageLocation } from '../../../hooks/pinStorageLocation'
import { idOf } from '../../../src/lib/db/ids'
import { ownedDocuments } from '../../../src/lib/access'
import { contentFamilies } from '../../../src/lib/files/sniff'
import { badRequest } from '../../../src/lib/http/errors'
import { equipmentFileLocation, type EquipmentFileType } from '../../../src/lib/storage/keys'

export const equipmentFileTypes = ['manual', 'image', '3d_model'] as const

const allowedFiles: Record<EquipmentFileType, readonly string[]> = {
  manual: contentFamilies.pdf,
  image: contentFamilies.image,
  '3d_model': contentFamilies.model3d,
}

/** Manuals, photos and 3D models of one piece of equipment. */
export const EquipmentFiles: CollectionConfig = {
  slug: 'equipment-files',
  admin: {
    useAsTitle: 'originalFilename',
    defaultColumns: ['preview', 'fileType', 'equipment', 'extractionStatus'],
    group: 'Training',
    components: {
      beforeListTable: [
        quickFilters([
          { field: 'fileType', label: 'File type', options: choices(equipmentFileTypes) },
          {
            field: 'equipment',
            label: 'Equipment',
            relationTo: 'training-equipment',
            titleField: 'name',
          },
          {
            field: 'extractionStatus',
            label: 'Text extraction',
            options: choices(['pending', 'done', 'failed']),
          },
        ]),
      ],
    },
  },
  access: ownedDocuments,
  upload: { filesRequiredOnCreate: true },
  hooks: {
    beforeValidate: [
      companyFromParent({
        field: 'equipment',
        collection: 'training-equipment',
        what: 'Equipment',
      }),
    ],
    beforeOperation: [
      acceptUpload({
        allowed: (data) => allowedFiles[data.fileType as EquipmentFileType] ?? null,
        maxBytes: () => 100 * 1024 * 1024,
      }),
      checkManualPdf,
    ],
    beforeChange: [
      ({ data, operation, originalDoc }) => {
        // Type and equipment are fixed once the file exists (its key depends on both).
        if (operation === 'update' && originalDoc) {
          data.fileType = originalDoc.fileType
          data.equipment = originalDoc.equipment
        }
        if (operation === 'create' && !data.filename)
          throw badRequest('An equipment file needs a file.', 'file')
        return data
      },
      markManualPending,
      pinStorageLocation(
        (doc) =>
          equipmentFileLocation({
            companyId: idOf(doc.company) ?? 'unknown',
            equipmentId: idOf(doc.equipment) ?? 'unknown',
            fileId: String(doc.id),
            type: doc.fileType as EquipmentFileType,
            ext: 'bin',
          }).prefix,
      ),
    ],
    afterChange: [queueManualExtraction],
    // Deleting a manual takes its pages out of the search index.
    beforeDelete: [deleteChildren({ collection: 'manual-pages', field: 'file' })],
  },
  fields: [
    companyField(),
    ownerField(),
    mediaPreviewField(),
    {
      name: 'equipment',
      type: 'relationship',
      relationTo: 'training-equipment',
      required: true,
      index: true,
    },
    { name: 'fileType', type: 'select', required: true, options: [...equipmentFileTypes] },
    { name: 'originalFilename', type: 'text', admin: { readOnly: true } },
    {
      name: 'uploadedAt',
      type: 'date',
      defaultValue: () => new Date().toISOString(),
      admin: { readOnly: true },
    },
    {
      name: 'extractionStatus',
      type: 'select',
      options: ['pending', 'done', 'failed'],
      admin: { readOnly: true, description: 'Manuals only: text extraction for search.' },
    },
    { name: 'extractionError', type: 'text', admin: { readOnly: true } },
  ],
  timestamps: true,
}
