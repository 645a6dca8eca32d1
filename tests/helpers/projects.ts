import { type ApiClient, asJson } from './api'
import { payload } from './fixtures'
import { drainJobs } from './jobs'
import { mp4Bytes } from './media'

/** A project's scenes in storyboard order, as stored (depth 0). */
export const scenesOf = async (projectId: string) =>
  (
    await payload.find({
      collection: 'scenes',
      where: { project: { equals: projectId } },
      sort: 'sceneNumber',
      depth: 0,
    })
  ).docs

/** A marketing project created through REST with its storyboard written (the queue drained). */
export async function storyboardedProject(api: ApiClient, json: Record<string, unknown> = {}) {
  const project = (
    await asJson(
      await api.post('/projects', {
        json: { name: 'Launch', prompt: 'A coupé at dawn', targetDuration: 15, ...json },
      }),
    )
  ).doc as { id: string }
  await drainJobs()
  return { project, scenes: await scenesOf(project.id) }
}

/** A project stored through the Local API with no storyboard job: its scenes are the test's own. */
export async function projectWithoutStoryboard(
  tenant: { company: { id: string }; admin: { id: string } },
  data: { name: string; prompt: string; targetDuration?: number },
) {
  const project = await payload.create({
    collection: 'projects',
    data: { targetDuration: 60, company: tenant.company.id, owner: tenant.admin.id, ...data },
    context: { skipStoryboard: true },
  })
  return String(project.id)
}

/** A project with one scene and one generated clip, all of `tenant`'s company. */
export async function projectWithClip(
  tenant: { company: { id: string }; admin: { id: string } },
  name = 'Film',
) {
  const owned = { company: tenant.company.id, owner: tenant.admin.id }
  const project = await projectWithoutStoryboard(tenant, {
    name,
    prompt: 'A coupé at dawn',
    targetDuration: 15,
  })
  const scene = await payload.create({
    collection: 'scenes',
    data: {
      ...owned,
      project,
      sceneNumber: 1,
      sceneTitle: 'Dawn',
      voiceoverText: `${name} secret narration`,
    },
  })
  const video = await payload.create({
    collection: 'generated-videos',
    data: { ...owned, project, scene: scene.id, isSelected: true },
    file: { data: await mp4Bytes(), mimetype: 'video/mp4', name: 'clip.mp4', size: 0 },
  })
  return { project: { id: project }, scene, video }
}
