import type { Config, Plugin } from 'payload'

import { FinalVideos } from './collections/FinalVideos'
import { ReplicatePredictions } from './collections/ReplicatePredictions'
import { projectsCollection } from './collections/Projects'
import { GeneratedImages, GeneratedVideos, SeedFrames } from './collections/sceneMedia'
import { scenesCollection } from './collections/Scenes'
import { TimelineClips } from './collections/TimelineClips'
import { UploadedImages } from './collections/UploadedImages'
import { defaultVideoPipelineOptions, type VideoPipelineOptions } from './options'
import { composePipeline } from './registry'
import { brandFilmDemo } from './seed'
import { sceneImageTask } from './tasks/sceneImage'
import { sceneVideoTask } from './tasks/sceneVideo'
import { stitchTask } from './tasks/stitch'
import { storyboardTask } from './tasks/storyboard'
import { addRoutes } from '../../src/lib/http/routes'
import { pipelineRoutes } from './endpoints'
import { registerDemoSeed } from '../../src/lib/seed/registry'
import { lockScenesOnDelete } from './hooks/sceneOrder'
import { settings } from '../../src/lib/settings'

/**
 * Projects → storyboard → scene images → clips → timeline → stitched film. Generation runs as
 * Payload jobs (in-process in development, `npm run worker` in production). Other plugins extend
 * it through `./extension` (project kinds with their first job and scene limits, fields, a
 * featured subject, a sound bed) and must be listed before it.
 */
export const videoPipelinePlugin =
  (options: Partial<VideoPipelineOptions> = {}): Plugin =>
  (incoming: Config): Config => {
    const resolved = { ...defaultVideoPipelineOptions(), ...options }
    const { config, extensions } = composePipeline(incoming)
    const withCollections: Config = {
      ...config,
      onInit: async (payload) => {
        await config.onInit?.(payload)
        lockScenesOnDelete(payload)
      },
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          // The company's projects, training videos and jobs at a glance.
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            '/plugins/video-pipeline/admin/Dashboard#Dashboard',
          ],
        },
      },
      collections: [
        ...(config.collections ?? []),
        projectsCollection(extensions),
        scenesCollection(extensions),
        GeneratedImages,
        GeneratedVideos,
        SeedFrames,
        TimelineClips,
        FinalVideos,
        UploadedImages,
        ReplicatePredictions,
      ],
      jobs: {
        ...config.jobs,
        tasks: [
          ...(config.jobs?.tasks ?? []),
          storyboardTask,
          sceneImageTask,
          sceneVideoTask,
          stitchTask,
          ...extensions.flatMap((extension) => extension.tasks ?? []),
        ],
        // The app runs the queue itself unless a worker does (JOBS_AUTORUN=false; tests run it by hand).
        autoRun: [{ cron: resolved.queueCron, limit: resolved.concurrency, queue: 'default' }],
        shouldAutoRun: () => settings().JOBS_AUTORUN,
      },
    }
    let withRoutes = addRoutes(withCollections, pipelineRoutes)
    // Then the routes of the plugins that extend it (TrainAI's `PATCH /api/scenes/:id`).
    for (const extension of extensions) withRoutes = addRoutes(withRoutes, extension.routes ?? {})
    // The demo studio's brand film project (after the plugins' own demo parts: the cars come first).
    return registerDemoSeed(withRoutes, brandFilmDemo)
  }
