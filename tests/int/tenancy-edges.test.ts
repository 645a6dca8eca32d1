import { describe, expect, it } from 'vitest'

import { ApiClient, asJson } from '../helpers/api'
import { createPlatformOperator, createTenant, payload } from '../helpers/fixtures'
import { projectWithClip } from '../helpers/projects'

/**
 * Regression tests for the holes found from outside (issue 17): Payload's own edges — relationship
 * targets, versions, locks, preferences, the jobs queue. Bad input that used to answer 500:
 * bad-input-edges.test.ts.
 */

describe('relationship targets must be readable by the writer', () => {
  it('a timeline clip cannot name another company’s clip or scene (REST and GraphQL), and nothing is stored', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const mine = await projectWithClip(a, 'A film')
    const theirs = await projectWithClip(b, 'B film')
    const clip = (extra: Record<string, unknown>) => ({
      project: mine.project.id,
      order: 0,
      startTime: 0,
      duration: 3,
      ...extra,
    })

    for (const field of [{ video: theirs.video.id }, { scene: theirs.scene.id }]) {
      const res = await a.adminApi.post('/timeline-clips', { json: clip(field) })
      expect(res.status, JSON.stringify(field)).toBe(400)
      expect(JSON.stringify(await res.json())).toContain(Object.keys(field)[0])
    }
    const gql = await a.adminApi.graphql(
      `mutation($data: mutationTimelineClipInput!) { createTimelineClip(data: $data) { id } }`,
      { data: clip({ video: theirs.video.id }) },
    )
    expect(gql.body.data?.createTimelineClip ?? null).toBeNull()
    expect((await payload.count({ collection: 'timeline-clips' })).totalDocs).toBe(0)

    // An own clip still works, and so does an update that keeps it.
    const ok = await a.adminApi.post('/timeline-clips', {
      json: clip({ video: mine.video.id, scene: mine.scene.id }),
    })
    expect(ok.status).toBe(201)
    const { doc } = await asJson(ok)
    expect(
      (await a.adminApi.patch(`/timeline-clips/${doc.id}`, { json: { trimStart: 0.5 } })).status,
    ).toBe(200)
    expect(
      (await a.adminApi.patch(`/timeline-clips/${doc.id}`, { json: { video: theirs.video.id } }))
        .status,
    ).toBe(400)
  })

  it('a stitch never uses footage outside the project, even if a foreign clip was stored earlier', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const mine = await projectWithClip(a, 'A film')
    const theirs = await projectWithClip(b, 'B film')
    // Written past every check, as a row from before the fix would be.
    await payload.create({
      collection: 'timeline-clips',
      data: {
        company: a.company.id,
        owner: a.admin.id,
        project: mine.project.id,
        video: theirs.video.id,
        order: 0,
        startTime: 0,
        duration: 3,
      },
    })
    const res = await a.adminApi.post('/stitch-videos', { json: { projectId: mine.project.id } })
    expect(res.status).toBe(409)
    expect((await asJson(res)).errors[0].message).toMatch(/timeline clip/)
  })
})

describe('versions are as private as their documents', () => {
  it('REST and GraphQL versions of another company’s scenes answer nothing; own versions list and restore', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const theirs = await projectWithClip(b, 'B film')
    await b.adminApi.patch(`/scenes/${theirs.scene.id}`, {
      json: { voiceoverText: 'B edited narration' },
    })
    const mine = await projectWithClip(a, 'A film')
    await a.adminApi.patch(`/scenes/${mine.scene.id}`, {
      json: { voiceoverText: 'A edited narration' },
    })

    const theirVersions = await payload.findVersions({
      collection: 'scenes',
      where: { parent: { equals: theirs.scene.id } },
    })
    expect(theirVersions.totalDocs).toBeGreaterThan(0)
    const theirVersionId = theirVersions.docs[0]!.id

    for (const api of [a.memberApi, a.adminApi]) {
      const list = await asJson(await api.get('/scenes/versions?limit=100'))
      expect(JSON.stringify(list)).not.toContain('B film secret')
      expect(JSON.stringify(list)).not.toContain('B edited')
      expect(list.docs.every((v: { parent: string }) => v.parent === mine.scene.id)).toBe(true)
      expect((await api.get(`/scenes/versions/${theirVersionId}`)).status).toBe(404)
      const gql = await api.graphql(
        `{ versionsScenes(limit: 100) { docs { parent { id } version { voiceoverText } } } }`,
      )
      expect(JSON.stringify(gql.body)).not.toContain('B edited')
      const one = await api.graphql(`query($id: String!) { versionScene(id: $id) { id } }`, {
        id: theirVersionId,
      })
      expect(one.body.data?.versionScene ?? null).toBeNull()
    }

    const own = await asJson(
      await a.adminApi.get(
        `/scenes/versions?where[parent][equals]=${mine.scene.id}&sort=createdAt`,
      ),
    )
    expect(own.totalDocs).toBeGreaterThan(1)
    expect((await a.adminApi.post(`/scenes/versions/${own.docs[0].id}`)).status).toBe(200)
    expect(
      (await payload.findByID({ collection: 'scenes', id: mine.scene.id })).voiceoverText,
    ).toBe('A film secret narration')
  })
})

describe('document locks are as private as the documents they lock', () => {
  it('no lock on, listing of, or deleting another company’s locks', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const mine = await projectWithClip(a, 'A film')
    const theirs = await projectWithClip(b, 'B film')

    const lockOn = (api: ApiClient, project: { id: string }, user: string) =>
      api.post('/payload-locked-documents', {
        json: {
          document: { relationTo: 'projects', value: project.id },
          user: { relationTo: 'users', value: user },
        },
      })
    expect((await lockOn(a.adminApi, theirs.project, a.admin.id)).status).toBe(404)
    const ownLock = await lockOn(a.adminApi, mine.project, a.admin.id)
    expect(ownLock.status).toBe(201)
    const theirLock = await asJson(await lockOn(b.adminApi, theirs.project, b.admin.id))

    const seen = await asJson(await a.memberApi.get('/payload-locked-documents?limit=100&depth=0'))
    expect(seen.docs.map((l: { id: string }) => l.id)).toEqual([(await asJson(ownLock)).doc.id])
    expect((await a.adminApi.get(`/payload-locked-documents/${theirLock.doc.id}`)).status).toBe(404)
    expect((await a.adminApi.delete(`/payload-locked-documents/${theirLock.doc.id}`)).status).toBe(
      404,
    )
    expect(
      (
        await a.adminApi.patch(`/payload-locked-documents/${theirLock.doc.id}`, {
          json: { globalSlug: 'x' },
        })
      ).status,
    ).toBe(404)
    expect((await payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(2)
    // A lock cannot be made in a colleague's or a stranger's name either: the server sets the user.
    const spoofed = await asJson(await lockOn(a.memberApi, mine.project, b.admin.id))
    expect(spoofed.doc.user.value?.id ?? spoofed.doc.user.value).toBe(a.member.id)
  })
})

describe('preferences', () => {
  it('unknown preference keys and ids answer 404, not 500', async () => {
    const a = await createTenant('a')
    for (const path of [
      '/payload-preferences/no-such-key',
      '/payload-preferences/3f1d1b8e-0d7b-4a40-9d55-3f1c9c2a0a11',
    ]) {
      expect((await a.memberApi.delete(path)).status, path).toBe(404)
    }
  })

  it('the admin panel stores a preference the way it writes them (user as { collection, value })', async () => {
    const a = await createTenant('a')
    const user = {
      ...(await payload.findByID({ collection: 'users', id: a.member.id })),
      collection: 'users' as const,
    }
    // @payloadcms/ui's upsertPreferences, run by every list and document view on its first visit.
    const created = await payload.create({
      collection: 'payload-preferences',
      data: {
        key: 'collection-projects',
        user: { collection: 'users', value: a.member.id } as never,
        value: { limit: 10 },
      },
      depth: 0,
      user,
    })
    expect(created.value).toEqual({ limit: 10 })
    const updated = await payload.update({
      collection: 'payload-preferences',
      id: created.id,
      data: { user: { collection: 'users', value: a.member.id } as never, value: { limit: 25 } },
      depth: 0,
      user,
    })
    expect(updated.value).toEqual({ limit: 25 })
  })
})

describe('the jobs queue runs for the worker, the operator or the cron secret only', () => {
  it('MEMBERs, ADMINs and strangers get 401/403; the operator and the secret holder run it; no 5xx', async () => {
    const a = await createTenant('a')
    const { api: operatorApi } = await createPlatformOperator()
    const job = await payload.jobs.queue({
      task: 'stitch',
      input: { projectId: '00000000-0000-4000-8000-000000000000' },
    })
    for (const api of [new ApiClient(), a.memberApi, a.adminApi]) {
      for (const path of ['/payload-jobs/run?limit=100', '/payload-jobs/handle-schedules']) {
        const res = await api.get(path)
        expect([401, 403], path).toContain(res.status)
      }
    }
    // Nobody ran the job on their way.
    expect(
      (await payload.findByID({ collection: 'payload-jobs', id: job.id })).hasError,
    ).toBeFalsy()
    expect(
      (await payload.findByID({ collection: 'payload-jobs', id: job.id })).totalTried ?? 0,
    ).toBe(0)

    expect((await operatorApi.get('/payload-jobs/handle-schedules')).status).toBeLessThan(500)
    process.env.CRON_SECRET = 'a-long-cron-secret-for-tests'
    try {
      const wrong = await new ApiClient().get('/payload-jobs/run', {
        headers: { authorization: 'Bearer nope' },
      })
      expect(wrong.status).toBe(401)
      const right = await new ApiClient().get('/payload-jobs/run?limit=1', {
        headers: { authorization: 'Bearer a-long-cron-secret-for-tests' },
      })
      expect(right.status).toBe(200)
    } finally {
      delete process.env.CRON_SECRET
    }
    expect(
      (await payload.findByID({ collection: 'payload-jobs', id: job.id })).totalTried,
    ).toBeGreaterThan(0)
    expect((await operatorApi.get('/payload-jobs/run?limit=1')).status).toBe(200)
  })
})
