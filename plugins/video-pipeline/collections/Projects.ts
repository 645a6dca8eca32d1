import type { CollectionConfig } from 'payload'

import { choices, quickFilters } from '../../../fields/admin'
import { companyField } from '../../../fields/company'
import { ownerField } from '../../../fields/owner'
import { textDocumentField } from '../../../fields/richText'
import { progressFields } from '../fields/progress'
import { deleteChildren } from '../../../hooks/deleteChildren'
import { queueCreateTask } from '../hooks/queueCreateTask'
import { ownedDocuments } from '../../../src/lib/access'
import { type PipelineExtension, projectKinds } from '../registry'

export const targetDurations = [15, 30, 60] as const
export const projectStatuses = [
  'STORYBOARD',
  'SCENE_GENERATION',
  'STITCHING',
  'COMPLETED',
  'FAILED',
] as const
export const aspectRatios = ['16:9', '9:16', '1:1'] as const
const statusLabels = {
  STORYBOARD: 'Storyboarding',
  SCENE_GENERATION: 'In production',
  STITCHING: 'Stitching',
  COMPLETED: 'Completed',
  FAILED: 'Failed',
}

/** Projects, with what the registered extensions add (their kinds, fields and checks). */
export const projectsCollection = (extensions: PipelineExtension[]): CollectionConfig => ({
  slug: 'projects',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'status', 'owner', 'updatedAt'],
    listSearchableFields: ['name', 'prompt'],
    group: 'Studio',
    components: {
      beforeListTable: [
        quickFilters([
          { field: 'status', label: 'Status', options: choices(projectStatuses, statusLabels) },
          {
            field: 'kind',
            label: 'Kind',
            options: projectKinds(extensions).map((kind) => ({
              value: kind.name,
              label: kind.label ?? kind.name,
            })),
          },
          { field: 'owner', label: 'Owner', relationTo: 'users', titleField: 'name' },
          ...extensions.flatMap((extension) => extension.projectListFilters ?? []),
        ]),
      ],
    },
  },
  access: ownedDocuments,
  // Lists are a company's projects, newest first.
  indexes: [{ fields: ['company', 'updatedAt'] }],
  hooks: {
    beforeValidate: extensions.flatMap((extension) => extension.projectBeforeValidate ?? []),
    afterChange: [queueCreateTask],
    beforeDelete: [
      deleteChildren({ collection: 'timeline-clips', field: 'project' }),
      deleteChildren({ collection: 'scenes', field: 'project' }),
      deleteChildren({ collection: 'final-videos', field: 'project' }),
      deleteChildren({ collection: 'uploaded-images', field: 'project' }),
    ],
  },
  fields: [
    companyField(),
    ownerField(),
    {
      name: 'studio',
      type: 'ui',
      admin: {
        components: {
          Field: {
            path: '/plugins/video-pipeline/admin/ProjectStudioField#ProjectStudioField',
            clientProps: {
              renders: Object.fromEntries(
                projectKinds(extensions).flatMap((kind) =>
                  kind.render ? [[kind.name, kind.render]] : [],
                ),
              ),
            },
          },
        },
      },
    },
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    { name: 'prompt', type: 'textarea', required: true, maxLength: 4000 },
    textDocumentField({
      name: 'brief',
      admin: {
        description:
          'The longer brief: audience, message, must-show shots. Given to the storyboard writer with the prompt.',
      },
    }),
    {
      name: 'targetDuration',
      type: 'number',
      required: true,
      defaultValue: 30,
      validate: (value: number | null | undefined) =>
        targetDurations.includes(value as 15)
          ? true
          : `Target duration must be one of ${targetDurations.join(', ')} seconds.`,
    },
    // Text, not select: `16:9` is not a valid GraphQL enum value.
    {
      name: 'aspectRatio',
      type: 'text',
      defaultValue: '16:9',
      validate: (value: string | null | undefined) =>
        !value || aspectRatios.includes(value as '16:9')
          ? true
          : `Aspect ratio must be one of ${aspectRatios.join(', ')}.`,
      admin: { description: '16:9, 9:16 or 1:1; used by every render.' },
    },
    {
      name: 'kind',
      type: 'select',
      options: projectKinds(extensions).map((kind) => kind.name),
      defaultValue: 'marketing',
    },
    ...progressFields(projectStatuses, 'STORYBOARD'),
    { name: 'characterDescription', type: 'textarea', maxLength: 4000 },
    ...extensions.flatMap((extension) => extension.projectFields ?? []),
    {
      name: 'finalVideoUrl',
      type: 'text',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, condition: (data) => Boolean(data?.finalVideoUrl) },
    },
    {
      name: 'finalVideoS3Key',
      type: 'text',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, condition: (data) => Boolean(data?.finalVideoS3Key) },
    },
    {
      name: 'scenes',
      type: 'join',
      collection: 'scenes',
      on: 'project',
      defaultSort: 'sceneNumber',
      defaultLimit: 0,
      admin: {
        defaultColumns: ['sceneNumber', 'sceneTitle', 'status', 'updatedAt'],
        // Its rows follow the jobs, as the studio above them does.
        components: {
          Field: '/plugins/video-pipeline/admin/FollowingJoinField#FollowingJoinField',
        },
      },
    },
    {
      name: 'timelineClips',
      type: 'join',
      collection: 'timeline-clips',
      on: 'project',
      defaultSort: 'order',
      defaultLimit: 0,
      admin: { defaultColumns: ['order', 'title', 'startTime', 'duration'] },
    },
  ],
  timestamps: true,
})
