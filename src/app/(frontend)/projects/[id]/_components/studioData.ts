import type {
  GeneratedImage,
  GeneratedVideo,
  Project,
  Scene,
  SeedFrame,
  TimelineClip,
} from '../../../../../../payload-types'
import { api } from '../../../../../ui/api'

export type StudioScene = Omit<Scene, 'images' | 'videos' | 'seedFrames'> & {
  images: GeneratedImage[]
  videos: GeneratedVideo[]
  seedFrames: SeedFrame[]
}
export type StudioData = { project: Project; scenes: StudioScene[]; clips: TimelineClip[] }

const docsOf = <T>(join: { docs?: (string | T)[] } | null | undefined): T[] =>
  (join?.docs ?? []).filter((doc): doc is T => typeof doc === 'object' && doc !== null)

/** A scene as the REST/Local API return it at depth 1, with its media joins as plain lists. */
export const toStudioScene = (scene: Scene): StudioScene => ({
  ...scene,
  images: docsOf<GeneratedImage>(scene.images).sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  ),
  videos: docsOf<GeneratedVideo>(scene.videos).sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  ),
  seedFrames: docsOf<SeedFrame>(scene.seedFrames),
})

export const selectedOf = <T extends { isSelected?: boolean | null }>(items: T[]) =>
  items.find((item) => item.isSelected) ?? null

/** The project studio's data through the REST API, as the signed-in user. */
export async function fetchStudioData(projectId: string): Promise<StudioData> {
  const ofProject = `where[project][equals]=${encodeURIComponent(projectId)}`
  const [project, scenes, clips] = await Promise.all([
    api<Project>(`/api/projects/${projectId}?depth=0`),
    api<{ docs: Scene[] }>(`/api/scenes?${ofProject}&sort=sceneNumber&limit=100&depth=1`),
    api<{ docs: TimelineClip[] }>(`/api/timeline-clips?${ofProject}&sort=order&limit=100&depth=0`),
  ])
  return { project, scenes: scenes.docs.map(toStudioScene), clips: clips.docs }
}
