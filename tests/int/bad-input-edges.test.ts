import { describe, expect, it } from 'vitest'

import { ApiClient } from '../helpers/api'
import { createTenant, payload } from '../helpers/fixtures'
import { projectWithClip } from '../helpers/projects'

/**
 * Bad input found from outside (issue 17) that used to answer 500: each is now a 4xx and writes
 * nothing. The systematic corpus is tests/security/bad-input.test.ts.
 */
describe('bad input answers 4xx, never 500, and writes nothing', () => {
  it('NUL characters in text values and queries', async () => {
    const a = await createTenant('a')
    const mine = await projectWithClip(a, 'A film')
    const before = await payload.count({ collection: 'projects' })
    const cases = [
      await a.adminApi.post('/projects', {
        json: { name: 'x\u0000y', prompt: 'p', targetDuration: 15 },
      }),
      await a.adminApi.patch(`/scenes/${mine.scene.id}`, { json: { voiceover_text: 'a\u0000b' } }),
      await a.adminApi.patch(`/scenes/${mine.scene.id}`, { json: { sceneTitle: 'a\u0000b' } }),
      await a.adminApi.patch(`/companies/${a.company.id}`, { json: { name: 'a\u0000b' } }),
      await a.adminApi.get(`/projects?where[name][contains]=${encodeURIComponent('a\u0000')}`),
      await new ApiClient().post('/auth/signup', {
        json: {
          email: 'n@x.test',
          password: 'long-password-1',
          name: 'n',
          companyName: 'a\u0000b',
        },
      }),
    ]
    for (const res of cases)
      expect(res.status, await res.clone().text()).toBeGreaterThanOrEqual(400)
    for (const res of cases) expect(res.status, await res.clone().text()).toBeLessThan(500)
    expect((await payload.count({ collection: 'projects' })).totalDocs).toBe(before.totalDocs)
    expect((await payload.findByID({ collection: 'scenes', id: mine.scene.id })).sceneTitle).toBe(
      'Dawn',
    )
  })

  it('bodies that are not JSON, bad list parameters, wrong number types and %00 file names', async () => {
    const a = await createTenant('a')
    const mine = await projectWithClip(a, 'A film')
    const raw = (type: string, text: string) => ({ raw: text, headers: { 'content-type': type } })
    const clipsBefore = (await payload.count({ collection: 'timeline-clips' })).totalDocs
    const responses: Array<[string, Response]> = []
    const probe = async (label: string, res: Promise<Response>) =>
      responses.push([label, await res])
    for (const [type, text] of [
      ['application/json', '{"name": "trunc'],
      ['text/plain', 'hello'],
      ['application/x-www-form-urlencoded', 'name=x&prompt=y'],
    ]) {
      await probe(`POST projects ${type}`, a.adminApi.post('/projects', raw(type, text)))
      await probe(
        `PATCH scene ${type}`,
        a.adminApi.patch(`/scenes/${mine.scene.id}`, raw(type, text)),
      )
      await probe(
        `PATCH company ${type}`,
        a.adminApi.patch(`/companies/${a.company.id}`, raw(type, text)),
      )
      await probe(`POST timeline ${type}`, a.adminApi.post('/timeline-clips', raw(type, text)))
    }
    for (const collection of [
      'projects',
      'scenes',
      'timeline-clips',
      'car-models',
      'users',
      'generated-videos',
    ]) {
      for (const query of ['page=-5', 'where[id][in]=not-a-uuid', 'where[id][near]=1,2']) {
        await probe(`${collection}?${query}`, a.adminApi.get(`/${collection}?${query}`))
      }
    }
    for (const field of ['order', 'startTime', 'duration']) {
      await probe(
        `clip ${field}=true`,
        a.adminApi.post('/timeline-clips', {
          json: { project: mine.project.id, order: 0, startTime: 0, duration: 3, [field]: true },
        }),
      )
    }
    await probe('final-videos %00', a.adminApi.get('/final-videos/file/%00'))
    await probe('car-media %00', a.adminApi.get('/car-media/file/%00'))
    await probe('generated-videos %00', new ApiClient().get('/generated-videos/file/%00'))
    await probe('graphql truncated', a.adminApi.graphqlRaw('{"query": "{ Projects'))
    await probe(
      'graphql text/plain',
      a.adminApi.graphqlRaw('{ Projects { totalDocs } }', 'text/plain'),
    )
    for (const [label, res] of responses) {
      expect(res.status, `${label}: ${await res.clone().text()}`).toBeGreaterThanOrEqual(400)
      expect(res.status, `${label}: ${await res.clone().text()}`).toBeLessThan(500)
      const body = await res
        .clone()
        .json()
        .catch(() => null)
      expect(body?.errors?.[0]?.message ?? body?.message, label).toBeTruthy()
    }
    expect((await payload.count({ collection: 'timeline-clips' })).totalDocs).toBe(clipsBefore)
  })
})
