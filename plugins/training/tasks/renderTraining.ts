import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload, TaskConfig } from 'payload'

import { idOf } from '../../../src/lib/db/ids'
import { stillToClip } from '../../../src/lib/media/still'
import { projectKind, setSceneProgress, stitchProject } from '../../video-pipeline/extension'
import { renderFormat } from '../../../src/lib/media/format'
import { taskRetries } from '../../../src/lib/jobs/settings'
import { ProviderError } from '../../../src/lib/providers/types'
import { fetchStoredFile } from '../../../src/lib/storage/files'
import { TRAINING_KIND } from '../pipeline'
import { trainingProvidersFromEnv } from '../services/providers'
import { renderStepCard } from '../services/stepCard'
import { webVtt } from '../services/subtitles'

/** Silence after each narrated step, in seconds, so steps do not run into each other. */
export const NARRATION_PADDING = 0.75

/** A problem that retrying cannot fix: the video fails with this reason straight away. */
class RenderProblem extends Error {}

async function selectedImageOf(payload: Payload, sceneId: string) {
  const { docs } = await payload.find({
    collection: 'generated-images',
    where: { and: [{ scene: { equals: sceneId } }, { isSelected: { equals: true } }] },
    limit: 1,
    depth: 0,
  })
  return docs[0] ?? null
}

async function equipmentImageOf(payload: Payload, equipmentId: string | null) {
  if (!equipmentId) return null
  const { docs } = await payload.find({
    collection: 'equipment-files',
    where: { and: [{ equipment: { equals: equipmentId } }, { fileType: { equals: 'image' } }] },
    sort: 'uploadedAt',
    limit: 1,
    depth: 0,
  })
  return docs[0] ?? null
}

/**
 * Renders a training video: per scene, the narration (TTS), a visual (the scene's screenshot,
 * else an equipment photo, else a step card) and a clip as long as the narration plus padding
 * (unless the scene sets a duration); then WebVTT subtitles and the stitched MP4.
 */
export const renderTrainingTask: TaskConfig<{
  input: { projectId: string; burnSubtitles?: boolean }
  output: { duration: number }
}> = {
  slug: 'renderTraining',
  retries: taskRetries,
  inputSchema: [
    { name: 'projectId', type: 'text', required: true },
    { name: 'burnSubtitles', type: 'checkbox' },
  ],
  outputSchema: [{ name: 'duration', type: 'number', required: true }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const project = await payload.findByID({
      collection: 'projects',
      id: input.projectId,
      depth: 0,
      disableErrors: true,
    })
    if (!project) return { output: { duration: 0 } } // deleted since it was queued
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { status: 'SCENE_GENERATION', failureReason: null },
    })
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'reelsmith-training-'))
    let current: { id: string } | undefined
    // Each scene's encode runs while the next scene's narration is synthesized.
    const encodes: Array<{
      scene: { id: string; sceneNumber: number }
      text: string
      seconds: number
      clip: string
      failure: Promise<Error | null>
    }> = []
    try {
      const scenes = (
        await payload.find({
          collection: 'scenes',
          where: { project: { equals: project.id } },
          sort: 'sceneNumber',
          pagination: false,
          depth: 0,
        })
      ).docs
      if (scenes.length === 0) throw new RenderProblem('The video has no scenes.')
      const silent = scenes.find((scene) => !scene.voiceoverText?.trim())
      if (silent) throw new RenderProblem(`Scene ${silent.sceneNumber} has no voiceover text.`)
      const format = renderFormat(project.aspectRatio ?? '16:9')
      const { speech } = trainingProvidersFromEnv()
      const equipmentImage = await equipmentImageOf(payload, idOf(project.equipment))
      const equipmentPicture = equipmentImage
        ? await fetchStoredFile(
            equipmentImage,
            path.join(dir, `equipment-${equipmentImage.filename}`),
          )
        : null
      const { maxSceneSeconds } = projectKind(payload, TRAINING_KIND)
      for (const [index, scene] of scenes.entries()) {
        current = scene
        await setSceneProgress(payload, scene.id, {
          status: 'GENERATING_VIDEO',
          failureReason: null,
        })
        const text = scene.voiceoverText!.trim()
        const narration = await speech.synthesize({ text })
        const audio = path.join(dir, `narration-${index}.${narration.ext}`)
        await fs.promises.writeFile(audio, narration.data)
        const seconds =
          scene.customDuration ??
          Math.round((narration.durationSeconds + NARRATION_PADDING) * 1000) / 1000
        if (seconds > maxSceneSeconds) {
          throw new RenderProblem(
            `Scene ${scene.sceneNumber}'s narration runs ${Math.round(seconds)} s; a scene lasts at most ${maxSceneSeconds} s: shorten its voiceover text or split the step.`,
          )
        }
        const screenshot = await selectedImageOf(payload, scene.id)
        let image = screenshot
          ? await fetchStoredFile(
              screenshot,
              path.join(dir, `screenshot-${index}-${screenshot.filename}`),
            )
          : equipmentPicture
        if (!image) {
          image = path.join(dir, `card-${index}.png`)
          await fs.promises.writeFile(
            image,
            await renderStepCard({
              step: index + 1,
              total: scenes.length,
              title: project.name,
              text,
              format,
            }),
          )
        }
        const clip = path.join(dir, `scene-${index}.mp4`)
        let subtitles: string | undefined
        if (input.burnSubtitles) {
          subtitles = path.join(dir, `scene-${index}.vtt`)
          await fs.promises.writeFile(subtitles, webVtt([{ text, seconds }]))
        }
        // Two encodes at a time at most: each takes the cores it can get, and memory at 1080p.
        if (index >= 2) await encodes[index - 2]!.failure
        // A still slide: the zoom's per-frame upscale costs most of a render and adds little to a how-to.
        const failure = stillToClip({
          image,
          audio,
          seconds,
          format,
          output: clip,
          subtitles,
        }).then(
          () => null,
          (error: Error) => error,
        )
        encodes.push({ scene, text, seconds, clip, failure })
      }
      const timed: Array<{ text: string; seconds: number }> = []
      for (const { scene, text, seconds, clip, failure } of encodes) {
        current = scene
        const error = await failure
        if (error) throw error
        // A re-render replaces the scene's previous clip.
        await payload.delete({
          collection: 'generated-videos',
          where: { scene: { equals: scene.id } },
        })
        const stats = await fs.promises.stat(clip)
        await payload.create({
          collection: 'generated-videos',
          data: {
            scene: scene.id,
            project: project.id,
            isSelected: true,
            duration: seconds,
            prompt: text,
            company: idOf(project.company)!,
            owner: idOf(project.owner)!,
          },
          file: {
            data: Buffer.alloc(0),
            tempFilePath: clip,
            mimetype: 'video/mp4',
            name: 'clip.mp4',
            size: stats.size,
          },
        })
        await setSceneProgress(payload, scene.id, {
          status: 'COMPLETED',
          suggestedDuration: seconds,
        })
        timed.push({ text, seconds })
      }
      current = undefined
      await payload.update({
        collection: 'projects',
        id: project.id,
        data: { subtitles: webVtt(timed) },
      })
      return { output: await stitchProject(req, project.id) }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      await payload.update({
        collection: 'projects',
        id: project.id,
        data: {
          status: 'FAILED',
          failureReason: reason.startsWith('Stitching') ? reason : `Rendering failed: ${reason}`,
        },
      })
      // The step it failed on says so too.
      if (current)
        await setSceneProgress(payload, current.id, { status: 'FAILED', failureReason: reason })
      // Retrying cannot fix missing text or a provider's definitive "no".
      if (error instanceof RenderProblem || (error instanceof ProviderError && !error.retryable))
        return { output: { duration: 0 } }
      throw error
    } finally {
      // No encode may still be writing into the folder.
      await Promise.all(encodes.map((encode) => encode.failure))
      await fs.promises.rm(dir, { recursive: true, force: true })
    }
  },
}
