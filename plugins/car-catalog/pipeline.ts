import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import { readableReference } from '../../hooks/readableReference'
import { idOf } from '../../src/lib/db/ids'
import type { FeaturedCar } from '../../src/lib/providers/types'
import { fetchStoredFile } from '../../src/lib/storage/files'
import type { PipelineExtension } from '../video-pipeline/extension'

type CarMediaDoc = { id: string; prefix?: string | null; filename?: string | null; type: string }

/** The featured variant's media of the given types, newest first. */
async function variantMedia(
  payload: Payload,
  variantId: string,
  types: string[],
): Promise<CarMediaDoc[]> {
  const { docs } = await payload.find({
    collection: 'car-media',
    where: { and: [{ variant: { equals: variantId } }, { type: { in: types } }] },
    sort: '-createdAt',
    limit: 4,
    depth: 0,
  })
  return docs as CarMediaDoc[]
}

/** The featured car of a project, with its exterior/interior images as reference images. */
export async function featuredCarOf(
  payload: Payload,
  project: { featuredCarModel?: unknown; featuredCarVariant?: unknown },
): Promise<FeaturedCar | undefined> {
  const variantId = idOf(project.featuredCarVariant)
  const variant = variantId
    ? await payload.findByID({
        collection: 'car-variants',
        id: variantId,
        depth: 0,
        disableErrors: true,
      })
    : null
  const modelId = idOf(project.featuredCarModel) ?? idOf(variant?.model)
  const model = modelId
    ? await payload.findByID({
        collection: 'car-models',
        id: modelId,
        depth: 0,
        disableErrors: true,
      })
    : null
  if (!model) return undefined
  const referenceImages: Buffer[] = []
  if (variant) {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'reelsmith-ref-'))
    try {
      for (const media of await variantMedia(payload, variant.id, ['EXTERIOR', 'INTERIOR'])) {
        referenceImages.push(
          await fs.promises.readFile(await fetchStoredFile(media, path.join(dir, media.filename!))),
        )
      }
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true })
    }
  }
  return { model: model.name, year: variant?.year, trim: variant?.trim, referenceImages }
}

/** The featured variant's newest SOUND, fetched to `dir`: the audio bed of the final film. */
export async function carSoundOf(
  payload: Payload,
  project: { featuredCarVariant?: unknown },
  dir: string,
): Promise<string | null> {
  const variantId = idOf(project.featuredCarVariant)
  if (!variantId) return null
  const [sound] = await variantMedia(payload, variantId, ['SOUND'])
  return sound ? fetchStoredFile(sound, path.join(dir, `bed-${sound.filename}`)) : null
}

/**
 * What the car catalogue adds to the video pipeline: a project may feature a car (model and
 * variant), whose pictures guide the images and whose sound runs under the film.
 */
export const featuredCarExtension: PipelineExtension = {
  name: 'carCatalogPlugin',
  projectFields: [
    { name: 'featuredCarModel', type: 'relationship', relationTo: 'car-models' },
    { name: 'featuredCarVariant', type: 'relationship', relationTo: 'car-variants' },
  ],
  // Another company's car cannot be featured (its pictures would leak into our renders).
  projectBeforeValidate: [
    readableReference({ field: 'featuredCarModel', collection: 'car-models', what: 'Car model' }),
    readableReference({
      field: 'featuredCarVariant',
      collection: 'car-variants',
      what: 'Car variant',
    }),
  ],
  featuredSubject: featuredCarOf,
  soundBed: carSoundOf,
}
