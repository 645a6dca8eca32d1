import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { asJson } from '../helpers/api'
import { createTenant, payload } from '../helpers/fixtures'
import { drainJobs } from '../helpers/jobs'
import { storyboardedProject } from '../helpers/projects'
import { formWith, pngBytes } from '../helpers/media'

const mediaDir = () => process.env.MEDIA_DIR!

describe('uploaded images as custom scene images', () => {
  it('stores uploads at the seed key and uses one as the scene image instead of generating', async () => {
    const { memberApi, adminApi } = await createTenant('uploads')
    const other = await createTenant('uploads-other')
    const {
      project,
      scenes: [scene, secondScene],
    } = await storyboardedProject(memberApi)

    const res = await memberApi.post(`/projects/${project.id}/uploads`, {
      form: formWith(
        {},
        { bytes: await pngBytes('#00ff00', 200), name: 'my shot.png', type: 'image/png' },
      ),
    })
    expect(res.status).toBe(201)
    const uploaded = (await asJson(res)).doc
    expect(uploaded).toMatchObject({
      project: expect.objectContaining({ id: project.id }),
      originalFilename: 'my shot.png',
      mimeType: 'image/png',
      s3Key: `projects/${project.id}/uploads/${uploaded.id}.png`,
    })
    expect(uploaded.filesize).toBeGreaterThan(0)
    expect(uploaded.url).toBeTruthy()
    expect(fs.existsSync(path.join(mediaDir(), uploaded.s3Key))).toBe(true)

    // Not an image, another company's project, nothing attached: refused, nothing stored.
    expect(
      (
        await memberApi.post(`/projects/${project.id}/uploads`, {
          form: formWith({}, { bytes: Buffer.from('%PDF-1.7 x'), name: 'x.png' }),
        })
      ).status,
    ).toBe(400)
    expect(
      (
        await other.adminApi.post(`/projects/${project.id}/uploads`, {
          form: formWith({}, { bytes: await pngBytes(), name: 'x.png' }),
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await memberApi.post(`/projects/${project.id}/uploads`, {
          form: formWith({ note: 'no file' }),
        })
      ).status,
    ).toBe(400)
    expect(fs.readdirSync(path.join(mediaDir(), `projects/${project.id}/uploads`))).toEqual([
      `${uploaded.id}.png`,
    ])
    expect((await other.adminApi.get(`/uploaded-images/${uploaded.id}`)).status).toBe(404)

    // generate-image with the uploaded image: the scene's selected image is it, fitted to 16:9.
    expect(
      (
        await other.adminApi.post('/generate-image', {
          json: { sceneId: scene!.id, customImageId: uploaded.id },
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await memberApi.post('/generate-image', {
          json: { sceneId: scene!.id, customImageId: '6f1c1d4e-8a57-4c0e-9d8a-2b9f0f3a1c11' },
        })
      ).status,
    ).toBe(404)
    const started = await memberApi.post('/generate-image', {
      json: { sceneId: scene!.id, customImageId: uploaded.id },
    })
    expect(started.status).toBe(202)
    await drainJobs()
    const [image] = (
      await payload.find({
        collection: 'generated-images',
        where: { and: [{ scene: { equals: scene!.id } }, { isSelected: { equals: true } }] },
        depth: 0,
      })
    ).docs
    expect(image!.prompt).toBe('Uploaded image: my shot.png')
    const stored = path.join(mediaDir(), `${image!.prefix}/${image!.filename}`)
    const { width, height } = await sharp(stored).metadata()
    expect(width! / height!).toBeCloseTo(16 / 9, 1)
    const { channels } = await sharp(stored).stats()
    expect(channels[1]!.mean).toBeGreaterThan(200)
    expect(channels[0]!.mean).toBeLessThan(40)
    expect((await payload.findByID({ collection: 'scenes', id: scene!.id })).customImageInput).toBe(
      uploaded.url,
    )

    // A scene's customImageInput must be one of this project's uploads (no arbitrary URLs fetched).
    await adminApi.patch(`/projects/${project.id}/scenes/${secondScene!.id}`, {
      json: { customImageInput: 'http://169.254.169.254/latest/meta-data' },
    })
    const refused = await memberApi.post('/generate-image', { json: { sceneId: secondScene!.id } })
    expect(refused.status).toBe(400)
    expect((await asJson(refused)).errors[0].message).toMatch(/customImageInput/)
    await adminApi.patch(`/projects/${project.id}/scenes/${secondScene!.id}`, {
      json: { customImageInput: uploaded.url },
    })
    expect(
      (await memberApi.post('/generate-image', { json: { sceneId: secondScene!.id } })).status,
    ).toBe(202)
    await drainJobs()
    expect(
      (
        await payload.find({
          collection: 'generated-images',
          where: { scene: { equals: secondScene!.id } },
          depth: 0,
        })
      ).docs[0]!.prompt,
    ).toBe('Uploaded image: my shot.png')

    // An upload of another project cannot be used.
    const project2 = (
      await asJson(
        await memberApi.post('/projects', {
          json: { name: 'Other', prompt: 'x', targetDuration: 15 },
        }),
      )
    ).doc
    const foreignUpload = (
      await asJson(
        await memberApi.post(`/projects/${project2.id}/uploads`, {
          form: formWith({}, { bytes: await pngBytes(), name: 'b.png' }),
        }),
      )
    ).doc
    expect(
      (
        await memberApi.post('/generate-image', {
          json: { sceneId: scene!.id, customImageId: foreignUpload.id },
        })
      ).status,
    ).toBe(400)

    // Deleting the project deletes its uploads and their objects.
    expect((await memberApi.delete(`/projects/${project.id}`)).status).toBe(200)
    expect(
      (
        await payload.count({
          collection: 'uploaded-images',
          where: { project: { equals: project.id } },
        })
      ).totalDocs,
    ).toBe(0)
    expect(fs.existsSync(path.join(mediaDir(), uploaded.s3Key))).toBe(false)
  })
})
