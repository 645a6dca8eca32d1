import type { CollectionConfig, Field } from 'payload'

import { mediaPreviewField, quickFilters } from '../../../fields/admin'
import { companyField } from '../../../fields/company'
import { inheritedOwnerField } from '../../../fields/inherited'
import { acceptUpload } from '../../../hooks/acceptUpload'
import { companyFromParent } from '../../../hooks/companyFromParent'
import { oneSelectedPerScene } from '../hooks/oneSelectedPerScene'
import { pinStorageLocation } from '../../../hooks/pinStorageLocation'
import { idOf } from '../../../src/lib/db/ids'
import { companyMembers, ownerOrCompanyAdmin } from '../../../src/lib/access'
import { contentFamilies } from '../../../src/lib/files/sniff'
import { sceneMediaFolders, sceneMediaLocation } from '../../../src/lib/storage/keys'

/**
 * Generated media of a scene (images, clips, seed frames): written by the pipeline's jobs
 * (never uploaded by clients), stored at `projects/{projectId}/scenes/{sceneId}/{kind}/{id}.{ext}`.
 * `isSelected` marks the one the next step uses: one per scene (`oneSelectedPerScene`).
 */
export const sceneMediaCollection = (options: {
  slug: string
  kind: keyof typeof sceneMediaFolders
  label: string
  allowed: readonly string[]
  fields: Field[]
}): CollectionConfig => ({
  slug: options.slug,
  labels: { singular: options.label, plural: `${options.label}s` },
  admin: {
    group: 'Studio',
    defaultColumns: ['preview', 'scene', 'project', 'isSelected', 'createdAt'],
    components: {
      beforeListTable: [
        quickFilters([
          {
            field: 'project',
            label: 'Project',
            relationTo: 'projects',
            titleField: 'name',
            query: 'scope=company',
          },
        ]),
      ],
    },
  },
  access: {
    read: companyMembers,
    // Jobs create these through the Local API; clients ask for them through the generation endpoints.
    create: () => false,
    update: ownerOrCompanyAdmin(),
    delete: ownerOrCompanyAdmin(),
  },
  upload: { filesRequiredOnCreate: true },
  // A scene's media are read with the tenancy rule's company beside the scene: one index holds both
  // (with two, Postgres intersects the scene's few rows with all of the company's).
  indexes: [{ fields: ['scene', 'company'] }],
  hooks: {
    beforeOperation: [acceptUpload({ allowed: () => options.allowed })],
    beforeValidate: [
      companyFromParent({
        field: 'scene',
        collection: 'scenes',
        what: 'Scene',
        copy: ['owner', 'project'],
      }),
    ],
    afterChange: [oneSelectedPerScene],
    beforeChange: [
      pinStorageLocation(
        (doc) =>
          sceneMediaLocation({
            projectId: idOf(doc.project)!,
            sceneId: idOf(doc.scene)!,
            kind: options.kind,
            mediaId: String(doc.id),
            ext: 'bin',
          }).prefix,
      ),
    ],
  },
  fields: [
    companyField(),
    inheritedOwnerField(),
    mediaPreviewField(),
    {
      name: 'project',
      type: 'relationship',
      relationTo: 'projects',
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    { name: 'scene', type: 'relationship', relationTo: 'scenes', required: true, index: true },
    { name: 'isSelected', type: 'checkbox', defaultValue: false, index: true },
    ...options.fields,
  ],
  timestamps: true,
})

export const GeneratedImages = sceneMediaCollection({
  slug: 'generated-images',
  kind: 'image',
  label: 'Generated image',
  allowed: contentFamilies.image,
  fields: [
    { name: 'prompt', type: 'textarea' },
    { name: 'replicateId', type: 'text' },
  ],
})

export const GeneratedVideos = sceneMediaCollection({
  slug: 'generated-videos',
  kind: 'video',
  label: 'Generated video',
  allowed: ['mp4'],
  fields: [
    { name: 'prompt', type: 'textarea' },
    { name: 'duration', type: 'number' },
    { name: 'replicateId', type: 'text' },
  ],
})

export const SeedFrames = sceneMediaCollection({
  slug: 'seed-frames',
  kind: 'seedFrame',
  label: 'Seed frame',
  allowed: ['png'],
  fields: [{ name: 'frameIndex', type: 'number' }],
})
