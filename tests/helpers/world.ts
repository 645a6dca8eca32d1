import type { CollectionSlug } from 'payload'

import { createTenant, payload } from './fixtures'
import { mp4Bytes, pngBytes } from './media'

export type Tenant = Awaited<ReturnType<typeof createTenant>>

/** One document id per tenant-owned collection. */
export type World = Partial<Record<CollectionSlug, string>>

let predictions = 0

const png = async (name = 'image.png') => ({
  data: await pngBytes(),
  mimetype: 'image/png',
  name,
  size: 0,
})
const mp4 = async (name = 'clip.mp4') => ({
  data: await mp4Bytes(),
  mimetype: 'video/mp4',
  name,
  size: 0,
})

/**
 * A tenant with one document in every collection it can own (written as the system, past the
 * API's checks), so tenancy tests can aim at each kind of document of another company.
 * `owner` (default: the tenant's ADMIN) owns them, so tests can tell an owner from a colleague.
 * `skipBrandGuidelines`: a company holds one brand guidelines document (a second world of the
 * same tenant cannot have its own).
 */
export async function createWorld(
  tenant: Tenant,
  options: { owner?: string; skipBrandGuidelines?: boolean } = {},
): Promise<World> {
  const owned = { company: tenant.company.id, owner: options.owner ?? tenant.admin.id }
  const create = async <T extends CollectionSlug>(
    collection: T,
    data: Record<string, unknown>,
    file?: Awaited<ReturnType<typeof png>>,
  ) =>
    String(
      (
        await payload.create({
          collection,
          data: { ...owned, ...data } as never,
          file,
          context: { skipStoryboard: true },
        })
      ).id,
    )

  const world: World = { companies: tenant.company.id, users: tenant.admin.id }
  world['company-assets'] = await create('company-assets', { type: 'LOGO' }, await png('logo.png'))
  if (!options.skipBrandGuidelines) {
    world['brand-guidelines'] = String(
      (
        await payload.create({
          collection: 'brand-guidelines',
          data: { company: tenant.company.id, title: 'Brand guidelines', _status: 'published' },
        })
      ).id,
    )
  }
  world['car-models'] = await create('car-models', { name: 'Meridian' })
  world['car-variants'] = await create('car-variants', {
    model: world['car-models'],
    year: 2024,
    trim: 'GT',
  })
  world['car-media'] = await create(
    'car-media',
    { variant: world['car-variants'], type: 'EXTERIOR' },
    await png('car.png'),
  )
  world['training-equipment'] = await create('training-equipment', { name: 'Oven' })
  world['equipment-files'] = await create(
    'equipment-files',
    { equipment: world['training-equipment'], fileType: 'image' },
    await png('photo.png'),
  )
  world['manual-pages'] = await create('manual-pages', {
    equipment: world['training-equipment'],
    file: world['equipment-files'],
    page: 1,
    text: 'Open the door.',
  })
  world.projects = await create('projects', {
    name: 'Film',
    prompt: 'A coupé at dawn',
    targetDuration: 15,
  })
  world.scenes = await create('scenes', {
    project: world.projects,
    sceneNumber: 1,
    sceneTitle: 'Dawn',
    voiceoverText: 'Narration',
  })
  world['generated-images'] = await create(
    'generated-images',
    { project: world.projects, scene: world.scenes },
    await png(),
  )
  world['generated-videos'] = await create(
    'generated-videos',
    { project: world.projects, scene: world.scenes },
    await mp4(),
  )
  world['seed-frames'] = await create(
    'seed-frames',
    { project: world.projects, scene: world.scenes },
    await png('frame.png'),
  )
  world['timeline-clips'] = await create('timeline-clips', {
    project: world.projects,
    scene: world.scenes,
    order: 0,
    startTime: 0,
    duration: 1,
  })
  world['uploaded-images'] = await create(
    'uploaded-images',
    { project: world.projects },
    await png('upload.png'),
  )
  world['final-videos'] = await create(
    'final-videos',
    { project: world.projects },
    await mp4('video.mp4'),
  )
  // Not a tenant's (the platform's, read by the operator only), but a lock may name one.
  world['replicate-predictions'] = String(
    (
      await payload.create({
        collection: 'replicate-predictions',
        data: { predictionId: `p-${tenant.company.id}-${++predictions}`, status: 'succeeded' },
      })
    ).id,
  )
  return world
}
