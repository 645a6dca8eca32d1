import { BasePayload, type SelectField } from 'payload'
import { describe, expect, it } from 'vitest'

import { reelsmithConfig } from '../../payload.config'
import { trainingPlugin } from '../../plugins/training'
import { videoPipelinePlugin } from '../../plugins/video-pipeline'
import { TRAINING_MAX_SCENE_SECONDS } from '../configs/pipelineTraining.config'
import { asJson } from '../helpers/api'
import { formWith } from '../helpers/media'
import { createTenant, payload } from '../helpers/fixtures'

const kindOptions = () => {
  const kind = payload.collections.projects.config.fields.find(
    (field) => 'name' in field && field.name === 'kind',
  ) as SelectField
  return kind.options.map((option) => (typeof option === 'string' ? option : option.value))
}

const queuedTasks = async (projectId: string) =>
  (await payload.find({ collection: 'payload-jobs', depth: 0, limit: 0, pagination: false })).docs
    .filter((job) => (job.input as { projectId?: string }).projectId === projectId)
    .map((job) => job.taskSlug)

describe('training plugged into the video pipeline', () => {
  it('registers its kind, fields and jobs through the pipeline’s extension points', () => {
    expect(kindOptions()).toEqual(['marketing', 'training'])
    const projectFields = payload.collections.projects.config.fields.map((field) =>
      'name' in field ? field.name : '',
    )
    expect(projectFields).toEqual(
      expect.arrayContaining(['equipment', 'equipmentModel', 'taskType', 'subtitles']),
    )
    expect(projectFields).not.toContain('featuredCarModel')
    expect(payload.config.jobs.tasks?.map((task) => task.slug)).toEqual([
      'storyboard',
      'sceneImage',
      'sceneVideo',
      'stitch',
      'extractManual',
      'trainingScript',
      'renderTraining',
    ])
  })

  it('queues each kind’s own create-time job', async () => {
    const { memberApi } = await createTenant()
    const create = async (kind: string) =>
      (
        await asJson(
          await memberApi.post('/projects', {
            json: { name: kind, prompt: 'Clean the oven', targetDuration: 15, kind },
          }),
        )
      ).doc
    const marketing = await create('marketing')
    const training = await create('training')
    expect(await queuedTasks(marketing.id)).toEqual(['storyboard'])
    expect(await queuedTasks(training.id)).toEqual(['trainingScript'])
  })

  it('holds each kind’s scenes to its own length limit', async () => {
    const { memberApi } = await createTenant()
    const project = async (kind: string) =>
      (
        await asJson(
          await memberApi.post('/projects', {
            json: { name: kind, prompt: 'Descale the oven', targetDuration: 60, kind },
          }),
        )
      ).doc
    const seconds = TRAINING_MAX_SCENE_SECONDS + 10
    const marketing = await project('marketing')
    const training = await project('training')

    const long = { sceneTitle: 'Step', customDuration: seconds }
    expect((await memberApi.post(`/projects/${marketing.id}/scenes`, { json: long })).status).toBe(
      201,
    )
    const refused = await memberApi.post(`/projects/${training.id}/scenes`, { json: long })
    expect(refused.status).toBe(400)
    expect((await asJson(refused)).errors[0].message).toBe(
      `A scene of a training project lasts at most ${TRAINING_MAX_SCENE_SECONDS} seconds.`,
    )

    const short = await asJson(
      await memberApi.post(`/projects/${training.id}/scenes`, {
        json: { sceneTitle: 'Step', voiceoverText: 'Open the door.' },
      }),
    )
    // The TrainAI route refuses it too.
    expect(
      (await memberApi.patch(`/scenes/${short.doc.id}`, { json: { duration: seconds } })).status,
    ).toBe(400)
    expect(
      (
        await memberApi.patch(`/scenes/${short.doc.id}`, {
          json: { duration: TRAINING_MAX_SCENE_SECONDS },
        })
      ).status,
    ).toBe(200)
  })

  it('renumbers the titles training generated ("Step 3") with their scenes; written titles stay', async () => {
    const { memberApi } = await createTenant()
    const titles = async (projectId: string) =>
      (
        await payload.find({
          collection: 'scenes',
          where: { project: { equals: projectId } },
          sort: 'sceneNumber',
          pagination: false,
          depth: 0,
        })
      ).docs.map((scene) => `${scene.sceneNumber}: ${scene.sceneTitle}`)

    const video = await asJson(
      await memberApi.post('/videos', { json: { prompt: 'Replace the door seal' } }),
    )
    const scenes: string[] = video.scenes.map((scene: { id: string }) => scene.id)
    expect(await titles(video.id)).toEqual([
      '1: Step 1',
      '2: Step 2',
      '3: Step 3',
      '4: Step 4',
      '5: Step 5',
    ])
    const rename = await memberApi.patch(`/projects/${video.id}/scenes/${scenes[3]}`, {
      json: { sceneTitle: 'Check the seal' },
    })
    expect(rename.status).toBe(200)

    // Deleted through the TrainAI route: the scenes after it move up, and so do their titles.
    expect((await memberApi.delete(`/scenes/${scenes[1]}`)).status).toBe(200)
    expect(await titles(video.id)).toEqual([
      '1: Step 1',
      '2: Step 2',
      '3: Check the seal',
      '4: Step 4',
    ])

    // Moved through the pipeline's route, and through Payload's REST (the admin panel's way).
    const moved = await memberApi.patch(`/projects/${video.id}/scenes/${scenes[4]}`, {
      json: { position: 1 },
    })
    expect((await asJson(moved)).doc).toMatchObject({ sceneNumber: 1, sceneTitle: 'Step 1' })
    expect(await titles(video.id)).toEqual([
      '1: Step 1',
      '2: Step 2',
      '3: Step 3',
      '4: Check the seal',
    ])
    expect(
      (await memberApi.patch(`/scenes/${scenes[3]}`, { json: { sceneNumber: 1 } })).status,
    ).toBe(200)
    expect(await titles(video.id)).toEqual([
      '1: Check the seal',
      '2: Step 2',
      '3: Step 3',
      '4: Step 4',
    ])
    // A move that gives a new title keeps it; the admin panel resends an unchanged one.
    expect(
      (
        await memberApi.patch(`/scenes/${scenes[0]}`, {
          json: { sceneNumber: 4, sceneTitle: 'Test the door' },
        })
      ).status,
    ).toBe(200)
    expect(await titles(video.id)).toEqual([
      '1: Check the seal',
      '2: Step 2',
      '3: Step 3',
      '4: Test the door',
    ])
    const resent = await memberApi.patch(`/scenes/${scenes[2]}`, {
      form: formWith({ _payload: JSON.stringify({ sceneNumber: 2, sceneTitle: 'Step 3' }) }),
    })
    expect((await asJson(resent)).doc).toMatchObject({ sceneNumber: 2, sceneTitle: 'Step 2' })
    expect(await titles(video.id)).toEqual([
      '1: Check the seal',
      '2: Step 2',
      '3: Step 3',
      '4: Test the door',
    ])

    // A marketing project's titles are always someone's words, whatever they say.
    const project = (
      await asJson(
        await memberApi.post('/projects', {
          json: { name: 'Launch', prompt: 'A coupe', targetDuration: 15, kind: 'marketing' },
        }),
      )
    ).doc
    const shots: string[] = []
    for (const sceneTitle of ['Step 1', 'Step 2', 'Step 3'])
      shots.push(
        (
          await asJson(
            await memberApi.post(`/projects/${project.id}/scenes`, { json: { sceneTitle } }),
          )
        ).doc.id,
      )
    expect((await memberApi.delete(`/projects/${project.id}/scenes/${shots[0]}`)).status).toBe(200)
    expect(await titles(project.id)).toEqual(['1: Step 2', '2: Step 3'])
  })

  it('must be listed before the pipeline, and needs it', async () => {
    await expect(reelsmithConfig([videoPipelinePlugin(), trainingPlugin()])).rejects.toThrow(
      'trainingPlugin extends the video pipeline: list it before videoPipelinePlugin() in payload.config.ts.',
    )
    const withoutPipeline = await reelsmithConfig([trainingPlugin()])
    await expect(new BasePayload().init({ config: withoutPipeline, cron: false })).rejects.toThrow(
      'trainingPlugin needs the video pipeline: add videoPipelinePlugin() after it in payload.config.ts.',
    )
  })
})
