import { describe, expect, it } from 'vitest'

import { ApiClient, asJson } from '../helpers/api'
import { createTenant, payload } from '../helpers/fixtures'
import { scenesOf } from '../helpers/projects'

const newProject = (api: ApiClient, name = 'Launch film', extra: Record<string, unknown> = {}) =>
  api.post('/projects', {
    json: { name, prompt: 'A red coupé at dawn on a coastal road', targetDuration: 30, ...extra },
  })

const sceneTitles = async (projectId: string) =>
  (await scenesOf(projectId)).map((s) => `${s.sceneNumber}:${s.sceneTitle}`)

describe('projects', () => {
  it('are owned by their creator; company and owner come from the session, not the body', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const res = await newProject(a.memberApi, 'Mine', {
      owner: a.admin.id,
      company: b.company.id,
      status: 'COMPLETED',
    })
    expect(res.status).toBe(201)
    const { doc } = await asJson(res)
    const stored = await payload.findByID({ collection: 'projects', id: doc.id, depth: 0 })
    expect(stored).toMatchObject({
      owner: a.member.id,
      company: a.company.id,
      status: 'STORYBOARD',
      aspectRatio: '16:9',
      kind: 'marketing',
    })
  })

  it('GET /api/projects lists mine by default and the company with scope=company; never another company', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    await newProject(a.memberApi, 'Member project')
    await newProject(a.adminApi, 'Admin project')
    await newProject(b.adminApi, 'Other company project')
    const names = async (api: ApiClient, query = '') =>
      (await asJson(await api.get(`/projects${query}`))).docs.map((p: any) => p.name).sort()
    expect(await names(a.memberApi)).toEqual(['Member project'])
    expect(await names(a.memberApi, '?scope=mine')).toEqual(['Member project'])
    expect(await names(a.memberApi, '?scope=company')).toEqual(['Admin project', 'Member project'])
    expect(await names(b.adminApi, '?scope=company')).toEqual(['Other company project'])
    expect((await a.memberApi.get('/projects?scope=everyone')).status).toBe(400)
    expect((await new ApiClient().get('/projects')).status).toBe(401)
    const gql = await b.adminApi.graphql('{ Projects { totalDocs } Scenes { totalDocs } }')
    expect(gql.body.data.Projects.totalDocs).toBe(1)
  })

  it('MEMBERs manage their own projects, read colleagues’ ones; ADMINs manage all; others get 404', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const adminProject = (await asJson(await newProject(a.adminApi, 'Admin project'))).doc
    const memberProject = (await asJson(await newProject(a.memberApi, 'Member project'))).doc
    expect((await a.memberApi.get(`/projects/${adminProject.id}`)).status).toBe(200)
    expect(
      (await a.memberApi.patch(`/projects/${adminProject.id}`, { json: { name: 'x' } })).status,
    ).toBe(403)
    expect((await a.memberApi.delete(`/projects/${adminProject.id}`)).status).toBe(403)
    expect(
      (await a.memberApi.patch(`/projects/${memberProject.id}`, { json: { name: 'Renamed' } }))
        .status,
    ).toBe(200)
    expect(
      (await a.adminApi.patch(`/projects/${memberProject.id}`, { json: { name: 'By admin' } }))
        .status,
    ).toBe(200)
    for (const res of [
      await b.adminApi.get(`/projects/${memberProject.id}`),
      await b.adminApi.patch(`/projects/${memberProject.id}`, { json: { name: 'x' } }),
      await b.adminApi.delete(`/projects/${memberProject.id}`),
      await b.adminApi.post(`/projects/${memberProject.id}/scenes`, { json: { sceneTitle: 'x' } }),
    ]) {
      expect(res.status).toBe(404)
    }
  })

  it('ignores client-chosen ids (no probing for other companies’ documents)', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const foreign = (await asJson(await newProject(b.adminApi, 'Theirs'))).doc
    const res = await newProject(a.adminApi, 'Mine', { id: foreign.id })
    expect(res.status).toBe(201)
    expect((await asJson(res)).doc.id).not.toBe(foreign.id)
    expect(
      (await payload.findByID({ collection: 'projects', id: foreign.id, depth: 0 })).name,
    ).toBe('Theirs')
  })

  it('refuses absurd target durations', async () => {
    const { memberApi } = await createTenant()
    for (const targetDuration of [0, -15, 45, 3600, 'thirty']) {
      expect(
        (await newProject(memberApi, 'Bad', { targetDuration })).status,
        String(targetDuration),
      ).toBe(400)
    }
    expect((await newProject(memberApi, 'Bad', { aspectRatio: '4:3' })).status).toBe(400)
    expect((await newProject(memberApi, 'Vertical', { aspectRatio: '9:16' })).status).toBe(201)
  })
})

describe('scenes', () => {
  it('are added, reordered and deleted with gap-free numbering, and keep edit history', async () => {
    const { memberApi } = await createTenant()
    const project = (await asJson(await newProject(memberApi))).doc
    const add = async (json: Record<string, unknown>) => {
      const res = await memberApi.post(`/projects/${project.id}/scenes`, { json })
      expect(res.status).toBe(201)
      return (await asJson(res)).doc
    }
    const dawn = await add({ sceneTitle: 'Dawn', suggestedDuration: 5 })
    const road = await add({ sceneTitle: 'Road', suggestedDuration: 10 })
    await add({ sceneTitle: 'Logo', suggestedDuration: 5 })
    await add({ sceneTitle: 'Intro', suggestedDuration: 5, position: 1 })
    expect(await sceneTitles(project.id)).toEqual(['1:Intro', '2:Dawn', '3:Road', '4:Logo'])

    const moved = await memberApi.patch(`/projects/${project.id}/scenes/${road.id}`, {
      json: { position: 2, sceneTitle: 'Coastal road' },
    })
    expect(moved.status).toBe(200)
    expect(await sceneTitles(project.id)).toEqual(['1:Intro', '2:Coastal road', '3:Dawn', '4:Logo'])

    expect((await memberApi.delete(`/projects/${project.id}/scenes/${dawn.id}`)).status).toBe(200)
    expect(await sceneTitles(project.id)).toEqual(['1:Intro', '2:Coastal road', '3:Logo'])

    const versions = await payload.findVersions({
      collection: 'scenes',
      where: { parent: { equals: road.id } },
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)

    const full = await asJson(await memberApi.get(`/projects/${project.id}`))
    expect(full.scenes.docs.map((s: any) => s.sceneTitle)).toEqual([
      'Intro',
      'Coastal road',
      'Logo',
    ])
  })

  it('restoring a version that held another place renumbers the others (found by the security suite)', async () => {
    const { memberApi } = await createTenant()
    const project = (await asJson(await newProject(memberApi))).doc
    for (const sceneTitle of ['Dawn', 'Road', 'Logo'])
      await memberApi.post(`/projects/${project.id}/scenes`, { json: { sceneTitle } })
    const [dawn] = await scenesOf(project.id)
    const edited = await memberApi.patch(`/scenes/${dawn!.id}`, {
      json: { sceneSummary: 'First cut' },
    })
    expect(edited.status).toBe(200)
    const { docs } = await payload.findVersions({
      collection: 'scenes',
      where: { parent: { equals: dawn!.id } },
      sort: '-updatedAt',
      limit: 1,
    })
    await memberApi.patch(`/scenes/${dawn!.id}`, { json: { sceneNumber: 3, sceneTitle: 'Dusk' } })
    expect(await sceneTitles(project.id)).toEqual(['1:Road', '2:Logo', '3:Dusk'])

    // The version puts the scene back first: its neighbours move, each a plain partial update.
    const restored = await memberApi.post(`/scenes/versions/${docs[0]!.id}`)
    expect(restored.status, await restored.clone().text()).toBe(200)
    expect(await sceneTitles(project.id)).toEqual(['1:Dawn', '2:Road', '3:Logo'])
  })

  it('only the owner or an ADMIN edits a project’s scenes; bad input is a clear 4xx', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const project = (await asJson(await newProject(a.adminApi))).doc
    const other = (await asJson(await newProject(a.adminApi, 'Other'))).doc
    const scene = (
      await asJson(
        await a.adminApi.post(`/projects/${project.id}/scenes`, { json: { sceneTitle: 'One' } }),
      )
    ).doc
    expect(
      (await a.memberApi.post(`/projects/${project.id}/scenes`, { json: { sceneTitle: 'x' } }))
        .status,
    ).toBe(403)
    expect(
      (
        await a.memberApi.patch(`/projects/${project.id}/scenes/${scene.id}`, {
          json: { sceneTitle: 'x' },
        })
      ).status,
    ).toBe(403)
    // Through Payload's own REST too.
    expect(
      (
        await a.memberApi.post('/scenes', {
          json: { project: project.id, sceneNumber: 9, sceneTitle: 'x' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await b.adminApi.post('/scenes', {
          json: { project: project.id, sceneNumber: 9, sceneTitle: 'x' },
        })
      ).status,
    ).toBe(404)
    expect(
      (await b.adminApi.patch(`/scenes/${scene.id}`, { json: { sceneTitle: 'x' } })).status,
    ).toBe(404)

    const cases: Array<[string, unknown, number]> = [
      [`/projects/${project.id}/scenes`, { sceneTitle: '' }, 400],
      [`/projects/${project.id}/scenes`, { sceneTitle: 'x', suggestedDuration: 0 }, 400],
      [`/projects/${project.id}/scenes`, { sceneTitle: 'x', suggestedDuration: -3 }, 400],
      [`/projects/${project.id}/scenes`, { sceneTitle: 'x', customDuration: 86400 }, 400],
      [`/projects/${project.id}/scenes`, { sceneTitle: 'x', project: other.id }, 400],
      [`/projects/${project.id}/scenes`, { sceneTitle: 'x', customImageInput: 'not a url' }, 400],
    ]
    for (const [route, json, status] of cases)
      expect((await a.adminApi.post(route, { json })).status, JSON.stringify(json)).toBe(status)
    // A scene of another project, unknown and malformed ids.
    expect(
      (
        await a.adminApi.patch(`/projects/${other.id}/scenes/${scene.id}`, {
          json: { sceneTitle: 'x' },
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await a.adminApi.delete(
          `/projects/${project.id}/scenes/00000000-0000-4000-8000-000000000000`,
        )
      ).status,
    ).toBe(404)
    expect((await a.adminApi.delete(`/projects/${project.id}/scenes/nope`)).status).toBe(404)
    expect(await sceneTitles(project.id)).toEqual(['1:One'])
  })

  it('deleting a project deletes its scenes and clips', async () => {
    const { adminApi } = await createTenant()
    const project = (await asJson(await newProject(adminApi))).doc
    const scene = (
      await asJson(
        await adminApi.post(`/projects/${project.id}/scenes`, { json: { sceneTitle: 'One' } }),
      )
    ).doc
    const clip = await adminApi.post('/timeline-clips', {
      json: { project: project.id, scene: scene.id, order: 0, startTime: 0, duration: 5 },
    })
    expect(clip.status).toBe(201)
    expect((await adminApi.delete(`/projects/${project.id}`)).status).toBe(200)
    expect(
      (await payload.count({ collection: 'scenes', where: { project: { equals: project.id } } }))
        .totalDocs,
    ).toBe(0)
    expect(
      (
        await payload.count({
          collection: 'timeline-clips',
          where: { project: { equals: project.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})
