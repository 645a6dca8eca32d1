import type { Field } from 'payload'

import { readableReference } from '../../hooks/readableReference'
import type { PipelineExtension } from '../video-pipeline/extension'
import type { TrainingOptions } from './options'

const serverOnly = { create: () => false, update: () => false }

/** What a TrainAI video adds to a project (a video is a project of kind `training`). */
export const trainingProjectFields: Field[] = [
  {
    name: 'equipment',
    type: 'relationship',
    relationTo: 'training-equipment',
    index: true,
    admin: { condition: (data) => data?.kind === 'training' },
  },
  {
    name: 'equipmentModel',
    type: 'text',
    maxLength: 200,
    admin: { condition: (data) => data?.kind === 'training' },
  },
  {
    name: 'taskType',
    type: 'text',
    maxLength: 200,
    admin: { condition: (data) => data?.kind === 'training' },
  },
  {
    name: 'subtitles',
    type: 'textarea',
    access: serverOnly,
    admin: {
      readOnly: true,
      condition: (data) => Boolean(data?.subtitles),
      description: 'WebVTT of the narration, written with the final video.',
    },
  },
]

/** The manual pages a training scene's narration was written from, and the admin's view of them. */
export const trainingSceneFields: Field[] = [
  {
    name: 'narration',
    type: 'ui',
    admin: {
      condition: (data) => Boolean(data?.voiceoverText || data?.manualSources?.length),
      components: { Field: '/plugins/training/admin/TrainingSceneField#TrainingSceneField' },
    },
  },
  {
    name: 'manualSources',
    type: 'array',
    access: serverOnly,
    admin: { readOnly: true, condition: (data) => Boolean(data?.manualSources?.length) },
    fields: [
      { name: 'file', type: 'relationship', relationTo: 'equipment-files' },
      { name: 'page', type: 'number', min: 1 },
    ],
  },
]

/** A TrainAI video is a project of kind `training`: its first job writes the narration script. */
export const TRAINING_KIND = 'training'

/** A training scene's title as the script writer gives it; it follows the scene's number. */
export const stepTitle = (sceneNumber: number) => `Step ${sceneNumber}`

/** What TrainAI adds to the video pipeline (registered by `trainingPlugin`, before the pipeline). */
export const trainingPipelineExtension = (options: TrainingOptions): PipelineExtension => ({
  name: 'trainingPlugin',
  kinds: [
    {
      name: TRAINING_KIND,
      label: 'Training videos',
      createTask: 'trainingScript',
      maxSceneSeconds: options.maxSceneSeconds,
      generatedSceneTitle: stepTitle,
      render: { label: 'Render narrated video', path: '/api/videos/:id/generate' },
    },
  ],
  projectFields: trainingProjectFields,
  projectListFilters: [
    {
      field: 'equipment',
      label: 'Equipment',
      relationTo: 'training-equipment',
      titleField: 'name',
    },
  ],
  projectBeforeValidate: [
    readableReference({ field: 'equipment', collection: 'training-equipment', what: 'Equipment' }),
  ],
  sceneFields: trainingSceneFields,
  requiresPipeline: true,
})

/** Which companies use TrainAI: the product frontend shows them its Equipment, Videos and Studio areas. */
export const trainingCompanyFields: Field[] = [
  {
    name: 'offersTraining',
    label: 'Uses TrainAI',
    type: 'checkbox',
    defaultValue: false,
    admin: {
      position: 'sidebar',
      description: 'Shows the TrainAI areas (equipment, training videos) in the product.',
    },
  },
]
