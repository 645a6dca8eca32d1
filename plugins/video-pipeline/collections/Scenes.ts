import type { CollectionConfig } from 'payload'

import { choices, quickFilters } from '../../../fields/admin'
import { companyField } from '../../../fields/company'
import { inheritedOwnerField } from '../../../fields/inherited'
import { progressFields } from '../fields/progress'
import { deleteChildren } from '../../../hooks/deleteChildren'
import { renumberAfterDelete } from '../hooks/renumberAfterDelete'
import { lockBeforeWrite, orderOnWrite, renumberAfterWrite } from '../hooks/sceneOrder'
import { sceneLengthOfKind } from '../hooks/sceneLengthOfKind'
import { ownedDocuments } from '../../../src/lib/access'
import { type PipelineExtension, projectKinds } from '../registry'
import { fromProject } from '../hooks/fromProject'

/** A scene's media in its document: the scene and project columns would only repeat it. */
const mediaColumns = ['preview', 'isSelected', 'createdAt']

/** The media tables read again when the scene's form follows its jobs (a new image, a new clip). */
const followingJoin = {
  defaultColumns: mediaColumns,
  components: { Field: '/plugins/video-pipeline/admin/FollowingJoinField#FollowingJoinField' },
}

export const sceneStatuses = [
  'PENDING',
  'GENERATING_IMAGE',
  'IMAGE_READY',
  'GENERATING_VIDEO',
  'VIDEO_READY',
  'COMPLETED',
  'FAILED',
] as const

// How long a scene may last depends on its project's kind: see `sceneLengthOfKind`.
const duration = (name: string) => ({
  name,
  type: 'number' as const,
  validate: (value: number | null | undefined) =>
    value === null || value === undefined || value > 0
      ? true
      : 'Durations are positive numbers of seconds.',
})

/** Scenes, with the fields the registered extensions add. */
export const scenesCollection = (extensions: PipelineExtension[]): CollectionConfig => ({
  slug: 'scenes',
  admin: {
    useAsTitle: 'sceneTitle',
    defaultColumns: ['sceneTitle', 'project', 'sceneNumber', 'status', 'updatedAt'],
    listSearchableFields: ['sceneTitle', 'voiceoverText', 'imagePrompt'],
    group: 'Studio',
    components: {
      beforeListTable: [
        quickFilters([
          { field: 'status', label: 'Status', options: choices(sceneStatuses) },
          {
            field: 'project',
            label: 'Project',
            relationTo: 'projects',
            titleField: 'name',
            query: 'scope=company',
          },
          { field: 'owner', label: 'Owner', relationTo: 'users', titleField: 'name' },
        ]),
      ],
    },
  },
  access: ownedDocuments,
  // Content teams edit scene text as documents: keep its history.
  versions: { maxPerDoc: 50 },
  // A project's scenes are read with the tenancy rule's company beside the project (see sceneMedia).
  indexes: [{ fields: ['project', 'company'] }],
  hooks: {
    beforeValidate: [fromProject({ ownerOnly: true })],
    // Numbers stay 1…n under concurrent writers (hooks/sceneOrder.ts).
    beforeChange: [sceneLengthOfKind, orderOnWrite],
    afterChange: [renumberAfterWrite],
    // Writes by id wait for the project's scene lock before Payload reads the scene.
    beforeOperation: [lockBeforeWrite],
    // Deletes take the project's lock right before the row goes (`lockScenesOnDelete`).
    beforeDelete: [
      deleteChildren({ collection: 'timeline-clips', field: 'scene' }),
      deleteChildren({ collection: 'generated-videos', field: 'scene' }),
      deleteChildren({ collection: 'generated-images', field: 'scene' }),
      deleteChildren({ collection: 'seed-frames', field: 'scene' }),
    ],
    afterDelete: [renumberAfterDelete],
  },
  fields: [
    companyField(),
    inheritedOwnerField(),
    {
      name: 'media',
      type: 'ui',
      admin: {
        components: {
          Field: {
            path: '/plugins/video-pipeline/admin/SceneStudioField#SceneStudioField',
            clientProps: {
              kindsWithRender: projectKinds(extensions).flatMap((kind) =>
                kind.render ? [kind.name] : [],
              ),
            },
          },
        },
      },
    },
    { name: 'project', type: 'relationship', relationTo: 'projects', required: true, index: true },
    { name: 'sceneNumber', type: 'number', required: true, min: 1, index: true },
    { name: 'sceneTitle', type: 'text', required: true, maxLength: 200 },
    { name: 'sceneSummary', type: 'textarea', maxLength: 4000 },
    { name: 'imagePrompt', type: 'textarea', maxLength: 4000 },
    { name: 'negativePrompt', type: 'textarea', maxLength: 2000 },
    duration('suggestedDuration'),
    duration('customDuration'),
    {
      name: 'customImageInput',
      type: 'text',
      maxLength: 2000,
      admin: { description: 'URL of a custom input image.' },
    },
    { name: 'useSeedFrame', type: 'checkbox', defaultValue: false },
    {
      name: 'voiceoverText',
      type: 'textarea',
      maxLength: 5000,
      admin: {
        description:
          'Narration spoken over the scene (kinds that narrate, such as training videos).',
      },
    },
    ...progressFields(sceneStatuses, 'PENDING'),
    {
      name: 'images',
      type: 'join',
      collection: 'generated-images',
      on: 'scene',
      defaultLimit: 0,
      admin: followingJoin,
    },
    {
      name: 'videos',
      type: 'join',
      collection: 'generated-videos',
      on: 'scene',
      defaultLimit: 0,
      admin: followingJoin,
    },
    {
      name: 'seedFrames',
      type: 'join',
      collection: 'seed-frames',
      on: 'scene',
      defaultLimit: 0,
      admin: followingJoin,
    },
    ...extensions.flatMap((extension) => extension.sceneFields ?? []),
  ],
  timestamps: true,
})
