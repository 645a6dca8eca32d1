import type { Payload, PayloadRequest, Where } from 'payload'

import type { Project, Scene } from '../../../payload-types'
import { idOf } from '../../../src/lib/db/ids'
import { toScene, toVideo, type VideoStatus, whereVideoStatus } from '../endpoints/shapes'
import { citedSnippet } from './snippet'

/** Who reads: every query below runs with this user's access (`overrideAccess: false`). */
export type Reader = { payload: Payload; user: PayloadRequest['user'] }

const asUser = (reader: Reader) => ({ overrideAccess: false, user: reader.user, depth: 0 }) as const

/** Selected media (`generated-images`, `generated-videos`) of these scenes, by scene id. */
async function selectedMediaOf(
  reader: Reader,
  collection: 'generated-images' | 'generated-videos',
  sceneIds: string[],
) {
  if (sceneIds.length === 0) return new Map<string, string | null>()
  const { docs } = await reader.payload.find({
    collection,
    where: { and: [{ scene: { in: sceneIds } }, { isSelected: { equals: true } }] },
    pagination: false,
    // No `select`: an upload's `url` is computed from its stored file fields.
    ...asUser(reader),
  })
  return new Map(docs.map((doc) => [idOf(doc.scene)!, doc.url ?? null]))
}

/**
 * The manual pages each scene cites, with the file's name and the passage the narration draws
 * on, so an editor can check the script against the manual. A deleted manual is not cited.
 */
async function citationsOf(reader: Reader, scenes: Scene[]) {
  const cited = scenes.flatMap((scene) =>
    (scene.manualSources ?? []).map((source) => ({
      fileId: idOf(source.file),
      page: source.page ?? null,
    })),
  )
  const fileIds = [...new Set(cited.flatMap((c) => (c.fileId ? [c.fileId] : [])))]
  const pages = [...new Set(cited.flatMap((c) => (c.page ? [c.page] : [])))]
  if (fileIds.length === 0) return () => []
  const [files, texts] = await Promise.all([
    reader.payload.find({
      collection: 'equipment-files',
      where: { id: { in: fileIds } },
      pagination: false,
      select: { originalFilename: true, filename: true, prefix: true, url: true },
      ...asUser(reader),
    }),
    reader.payload.find({
      collection: 'manual-pages',
      where: { and: [{ file: { in: fileIds } }, { page: { in: pages } }] },
      pagination: false,
      select: { file: true, page: true, text: true },
      ...asUser(reader),
    }),
  ])
  const fileOf = new Map(files.docs.map((file) => [file.id, file]))
  const textOf = new Map(texts.docs.map((page) => [`${idOf(page.file)}:${page.page}`, page.text]))
  return (scene: Scene) =>
    (scene.manualSources ?? []).flatMap((source) => {
      const file = fileOf.get(idOf(source.file) ?? '')
      if (!file || !source.page) return []
      return [
        {
          file_id: file.id,
          file_name: file.originalFilename || file.filename || null,
          file_url: file.url ?? null,
          page: source.page,
          snippet: citedSnippet(
            textOf.get(`${file.id}:${source.page}`) ?? '',
            scene.voiceoverText ?? '',
          ),
        },
      ]
    })
}

/**
 * A video's scenes in order (or just `sceneId`) in the document's shape, with what an editor
 * needs beside it: `citations` (page, file, passage) and `narration_url`, the scene's rendered
 * clip (its sound is the narration), once rendered.
 */
export async function trainingScenes(reader: Reader, videoId: string, sceneId?: string) {
  const where: Where = sceneId
    ? { and: [{ project: { equals: videoId } }, { id: { equals: sceneId } }] }
    : { project: { equals: videoId } }
  const scenes = (
    await reader.payload.find({
      collection: 'scenes',
      where,
      sort: 'sceneNumber',
      pagination: false,
      ...asUser(reader),
    })
  ).docs
  const ids = scenes.map((scene) => scene.id)
  const [screenshots, clips, citations] = await Promise.all([
    selectedMediaOf(reader, 'generated-images', ids),
    selectedMediaOf(reader, 'generated-videos', ids),
    citationsOf(reader, scenes),
  ])
  return scenes.map((scene) => ({
    ...toScene(scene, screenshots.get(scene.id) ?? null),
    citations: citations(scene),
    narration_url: clips.get(scene.id) ?? null,
  }))
}

export type TrainingScene = Awaited<ReturnType<typeof trainingScenes>>[number]

/**
 * Videos in the document's shape with what a library shows: `duration` (of the finished film)
 * and `thumbnail_url` — the first scene's screenshot, else the equipment's first photo, the
 * same picture the render opens with.
 */
export async function trainingVideoCards(reader: Reader, projects: Project[]) {
  const ids = projects.map((p) => p.id)
  const equipmentIds = [
    ...new Set(projects.flatMap((p) => (idOf(p.equipment) ? [idOf(p.equipment)!] : []))),
  ]
  const [films, firstScenes, photos] = await Promise.all([
    ids.length
      ? reader.payload.find({
          collection: 'final-videos',
          where: { project: { in: ids } },
          pagination: false,
          select: { project: true, duration: true },
          ...asUser(reader),
        })
      : { docs: [] },
    ids.length
      ? reader.payload.find({
          collection: 'scenes',
          where: { and: [{ project: { in: ids } }, { sceneNumber: { equals: 1 } }] },
          pagination: false,
          select: { project: true },
          ...asUser(reader),
        })
      : { docs: [] },
    equipmentIds.length
      ? reader.payload.find({
          collection: 'equipment-files',
          where: { and: [{ equipment: { in: equipmentIds } }, { fileType: { equals: 'image' } }] },
          sort: 'uploadedAt',
          pagination: false,
          select: { equipment: true, url: true, filename: true, prefix: true },
          ...asUser(reader),
        })
      : { docs: [] },
  ])
  const durationOf = new Map(films.docs.map((film) => [idOf(film.project), film.duration ?? null]))
  const screenshots = await selectedMediaOf(
    reader,
    'generated-images',
    firstScenes.docs.map((s) => s.id),
  )
  const screenshotOf = new Map(
    firstScenes.docs.map((scene) => [idOf(scene.project), screenshots.get(scene.id) ?? null]),
  )
  const photoOf = new Map<string, string>()
  for (const photo of photos.docs)
    if (photo.url && !photoOf.has(idOf(photo.equipment)!))
      photoOf.set(idOf(photo.equipment)!, photo.url)
  return projects.map((project) => {
    const video = toVideo(project)
    return {
      ...video,
      // The pipeline's stage inside "processing": script written, or rendering.
      stage: project.status ?? 'STORYBOARD',
      duration: video.status === 'completed' ? (durationOf.get(project.id) ?? null) : null,
      thumbnail_url:
        screenshotOf.get(project.id) ?? photoOf.get(idOf(project.equipment) ?? '') ?? null,
    }
  })
}

export type TrainingVideoCard = Awaited<ReturnType<typeof trainingVideoCards>>[number]

/** The company's videos, newest first, optionally of one status and one piece of equipment. */
export async function listTrainingVideos(
  reader: Reader,
  filter: { status?: VideoStatus; equipmentId?: string } = {},
) {
  const and: Where[] = [{ kind: { equals: 'training' } }]
  if (filter.status) and.push(whereVideoStatus(filter.status))
  if (filter.equipmentId) and.push({ equipment: { equals: filter.equipmentId } })
  const { docs } = await reader.payload.find({
    collection: 'projects',
    where: { and },
    sort: '-createdAt',
    pagination: false,
    select: { scenes: false, timelineClips: false },
    ...asUser(reader),
  })
  return trainingVideoCards(reader, docs as Project[])
}
