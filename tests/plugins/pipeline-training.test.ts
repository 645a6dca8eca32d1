import { BasePayload, type SelectField } from 'payload'
import { describe, expect, it } from 'vitest'

import { reelsmithConfig } from '../../payload.config'
import { trainingPlugin } from '../../plugins/training'
import { videoPipelinePlugin } from '../../plugins/video-pipeline'
import { TRAINING_MAX_SCENE_SECONDS } from '../configs/pipelineTraining.config'
import { asJson } from '../helpers/api'
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
