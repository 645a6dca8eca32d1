import type { CollectionConfig } from 'payload'

import { mediaPreviewField } from '../../../fields/admin'
import { companyField } from '../../../fields/company'
import { inheritedOwnerField } from '../../../fields/inherited'
import { acceptUpload } from '../../../hooks/acceptUpload'
import { pinStorageLocation } from '../../../hooks/pinStorageLocation'
import { idOf } from '../../../src/lib/db/ids'
import { ownedDocuments } from '../../../src/lib/access'
import { contentFamilies } from '../../../src/lib/files/sniff'
import { storedKey } from '../../../src/lib/storage/files'
import { projectUploadLocation } from '../../../src/lib/storage/keys'
import { fromProject } from '../hooks/fromProject'

/** Largest image a user can upload for a scene. */
export const MAX_UPLOADED_IMAGE_BYTES = 20 * 1024 * 1024

/**
 * Images users upload to a project (a scene's custom image instead of a generated one), at
 * `projects/{projectId}/uploads/{imageId}.{ext}`.
 */
export const UploadedImages: CollectionConfig = {
  slug: 'uploaded-images',
  admin: {
    useAsTitle: 'originalFilename',
    defaultColumns: ['preview', 'project', 'createdAt'],
    group: 'Studio',
  },
  access: ownedDocuments,
  upload: { filesRequiredOnCreate: true },
  hooks: {
    beforeOperation: [
      acceptUpload({
        allowed: () => contentFamilies.image,
        maxBytes: () => MAX_UPLOADED_IMAGE_BYTES,
      }),
    ],
    beforeValidate: [fromProject({ ownerOnly: true })],
    beforeChange: [
      pinStorageLocation(
        (doc) =>
          projectUploadLocation({
            projectId: idOf(doc.project)!,
            imageId: String(doc.id),
            ext: 'bin',
          }).prefix,
      ),
    ],
  },
  fields: [
    companyField(),
    inheritedOwnerField(),
    mediaPreviewField(),
    { name: 'project', type: 'relationship', relationTo: 'projects', required: true, index: true },
    { name: 'originalFilename', type: 'text', admin: { readOnly: true } },
    {
      // The seed's `s3Key`: where the object is stored (bucket key, or path under the media folder).
      name: 's3Key',
      type: 'text',
      virtual: true,
      admin: { readOnly: true },
      hooks: { afterRead: [({ data }) => (data?.filename ? storedKey(data) : null)] },
    },
  ],
  timestamps: true,
}
