import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

import { asJson } from '../helpers/api'
import { createModelWithVariant } from '../helpers/cars'
import { createTenant, payload } from '../helpers/fixtures'
import { drainJobs } from '../helpers/jobs'
import { scenesOf } from '../helpers/projects'
import { formWith, pngBytes } from '../helpers/media'
import { ffmpegPath } from '../../src/lib/media/ffmpegBinary'
import { probe } from '../../src/lib/media/probe'
import { synthSound } from '../../src/lib/media/synthSound'

/** Mean loudness in dB (about -91 for digital silence). */
async function meanVolume(file: string) {
  const { stderr } = await promisify(execFile)(ffmpegPath(), [
    '-i',
    file,
    '-af',
    'volumedetect',
    '-f',
    'null',
    '-',
  ])
  return Number(/mean_volume: (-?[\d.]+) dB/.exec(stderr)?.[1])
}

describe('a featured car', () => {
  it('names the subject, lends its pictures and lays its sound under the film', async () => {
    const { adminApi, company } = await createTenant()
    const { model, variant } = await createModelWithVariant(adminApi, company.id, 'Meridian')
    await adminApi.post(`/cars/variants/${variant.id}/media`, {
      form: formWith(
        { type: 'EXTERIOR' },
        { bytes: await pngBytes('#ff0000', 120), name: 'front.png' },
      ),
    })
    await adminApi.post(`/cars/variants/${variant.id}/media`, {
      form: formWith(
        { type: 'SOUND' },
        { bytes: await synthSound({ seconds: 2, frequency: 220 }), name: 'engine.wav' },
      ),
    })

    const project = (
      await asJson(
        await adminApi.post('/projects', {
          json: {
            name: 'Meridian teaser',
            prompt: 'Night city lights',
            targetDuration: 15,
            featuredCarModel: model.id,
            featuredCarVariant: variant.id,
          },
        }),
      )
    ).doc
    await drainJobs()
    // Another company cannot feature this car (its pictures would end up in their renders).
    const other = await createTenant('other')
    const stolen = await other.adminApi.post('/projects', {
      json: { name: 'x', prompt: 'x', targetDuration: 15, featuredCarModel: model.id },
    })
    expect(stolen.status).toBe(404)
    const mine = (
      await asJson(
        await other.adminApi.post('/projects', {
          json: { name: 'y', prompt: 'y', targetDuration: 15 },
        }),
      )
    ).doc
    expect(
      (
        await other.adminApi.patch(`/projects/${mine.id}`, {
          json: { featuredCarVariant: variant.id },
        })
      ).status,
    ).toBe(404)
    const stored = await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })
    expect(stored.characterDescription).toMatch(/2025 Meridian GT/)

    const scenes = await scenesOf(project.id)
    for (const scene of scenes)
      await adminApi.post('/generate-image', { json: { sceneId: scene.id } })
    await drainJobs()
    for (const scene of scenes)
      await adminApi.post('/generate-video', { json: { sceneId: scene.id } })
    await drainJobs()
    expect(
      (await adminApi.post('/stitch-videos', { json: { projectId: project.id } })).status,
    ).toBe(202)
    await drainJobs()

    const done = await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })
    expect(done.status).toBe('COMPLETED')
    const film = path.join(process.env.MEDIA_DIR!, done.finalVideoS3Key!)
    const total = scenes.reduce((sum, s) => sum + (s.suggestedDuration ?? 0), 0)
    expect(Math.abs((await probe(film)).durationSeconds! - total)).toBeLessThanOrEqual(0.1)
    // Clips are silent; the looped engine sound makes the film audible from start to end.
    expect(await meanVolume(film)).toBeGreaterThan(-40)
  })
})
