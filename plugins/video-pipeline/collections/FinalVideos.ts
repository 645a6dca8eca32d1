import type { CollectionConfig } from 'payload'

import { mediaPreviewField } from '../../../fields/admin'
import { companyField } from '../../../fields/company'
import { inheritedOwnerField } from '../../../fields/inherited'
import { pinStorageLocation } from '../../../hooks/pinStorageLocation'
import { idOf } from '../../../src/lib/db/ids'
import { companyMembers } from '../../../src/lib/access'
import { finalVideoLocation } from '../../../src/lib/storage/keys'
import { fromProject } from '../hooks/fromProject'

/** A project's stitched film, at `projects/{projectId}/final/video.mp4` (one per project). */
export const FinalVideos: CollectionConfig = {
  slug: 'final-videos',
  admin: { group: 'Studio', defaultColumns: ['preview', 'project', 'duration', 'updatedAt'] },
  access: { read: companyMembers, create: () => false, update: () => false, delete: () => false },
  // Every project's file is `video.mp4`: unique per folder, not globally.
  upload: { filesRequiredOnCreate: true, filenameCompoundIndex: ['filename', 'prefix'] },
  hooks: {
    beforeValidate: [fromProject({ ownerOnly: false })],
    beforeChange: [pinStorageLocation((doc) => finalVideoLocation(idOf(doc.project)!).prefix)],
  },
  fields: [
    companyField(),
    inheritedOwnerField(),
    mediaPreviewField('Final video'),
    { name: 'project', type: 'relationship', relationTo: 'projects', required: true, unique: true },
    { name: 'duration', type: 'number' },
  ],
  timestamps: true,
}
