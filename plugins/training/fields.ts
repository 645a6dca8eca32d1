import type { CollectionConfig, Field } from 'payload'

import { readableReference } from '../../hooks/readableReference'

const serverOnly = { create: () => false, update: () => false }

/** What a TrainAI video adds to a project (a video is a project of kind `training`). */
export const trainingProjectFields: Field[] = [
  { name: 'equipment', type: 'relationship', relationTo: 'training-equipment', index: true, admin: { condition: (data) => data?.kind === 'training' } },
  { name: 'equipmentModel', type: 'text', maxLength: 200, admin: { condition: (data) => data?.kind === 'training' } },
  { name: 'taskType', type: 'text', maxLength: 200, admin: { condition: (data) => data?.kind === 'training' } },
  {
    name: 'subtitles',
    type: 'textarea',
    access: serverOnly,
    admin: { readOnly: true, condition: (data) => Boolean(data?.subtitles), description: 'WebVTT of the narration, written with the final video.' },
  },
]

/** The manual pages a training scene's narration was written from. */
export const trainingSceneFields: Field[] = [
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

/** Which companies use TrainAI: the product frontend shows them its Equipment, Videos and Studio areas. */
export const trainingCompanyFields: Field[] = [
  {
    name: 'offersTraining',
    label: 'Uses TrainAI',
    type: 'checkbox',
    defaultValue: false,
    admin: { position: 'sidebar', description: 'Shows the TrainAI areas (equipment, training videos) in the product.' },
  },
]

/** Adds fields (and the equipment reference check) to the pipeline's projects and scenes, and the TrainAI flag to companies. */
export function extendPipelineCollection(collection: CollectionConfig): CollectionConfig {
  if (collection.slug === 'projects') {
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeValidate: [...(collection.hooks?.beforeValidate ?? []), readableReference({ field: 'equipment', collection: 'training-equipment', what: 'Equipment' })],
      },
      fields: [...collection.fields, ...trainingProjectFields],
    }
  }
  if (collection.slug === 'scenes') return { ...collection, fields: [...collection.fields, ...trainingSceneFields] }
  if (collection.slug === 'companies') return { ...collection, fields: [...collection.fields, ...trainingCompanyFields] }
  return collection
}
