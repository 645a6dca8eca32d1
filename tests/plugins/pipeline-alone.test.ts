import type { SelectField } from 'payload'
import { describe, expect, it } from 'vitest'

import { asJson } from '../helpers/api'
import { createTenant, payload } from '../helpers/fixtures'

const slugs = () => payload.config.collections.map((collection) => collection.slug)
const kindOptions = () => {
  const kind = payload.collections.projects.config.fields.find(
    (field) => 'name' in field && field.name === 'kind',
  ) as SelectField
  return kind.options.map((option) => (typeof option === 'string' ? option : option.value))
}

describe('the video pipeline without other features', () => {
  it('builds with its own collections and jobs, and none of the car catalogue’s or training’s', () => {
    expect(slugs()).toEqual(
      expect.arrayContaining([
        'projects',
        'scenes',
        'generated-images',
        'generated-videos',
        'timeline-clips',
        'final-videos',
      ]),
    )
    expect(slugs()).not.toEqual(expect.arrayContaining(['car-models']))
    expect(slugs()).not.toContain('training-equipment')
    expect(payload.config.jobs.tasks?.map((task) => task.slug)).toEqual([
      'storyboard',
      'sceneImage',
      'sceneVideo',
      'stitch',
    ])
    expect(kindOptions()).toEqual(['marketing'])
  })

  it('queues the storyboard of a new project and refuses kinds nobody registered', async () => {
    const { memberApi } = await createTenant()
    const created = await memberApi.post('/projects', {
      json: { name: 'Launch', prompt: 'A coupé at dawn', targetDuration: 15 },
    })
    expect(created.status).toBe(201)
    const project = (await asJson(created)).doc
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'storyboard' } },
      depth: 0,
      limit: 0,
    })
    expect(jobs.docs.map((job) => (job.input as { projectId?: string }).projectId)).toContain(
      project.id,
    )

    const training = await memberApi.post('/projects', {
      json: { name: 'Oven', prompt: 'Clean the oven', targetDuration: 15, kind: 'training' },
    })
    expect(training.status).toBe(400)
  })
})
