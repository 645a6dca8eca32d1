import type { Config, Plugin } from 'payload'

import { FinalVideos } from './collections/FinalVideos'
import { ReplicatePredictions } from './collections/ReplicatePredictions'
import { projectsCollection } from './collections/Projects'
import { GeneratedImages, GeneratedVideos, SeedFrames } from './collections/sceneMedia'
import { scenesCollection } from './collections/Scenes'
import { TimelineClips } from './collections/TimelineClips'
import { UploadedImages } from './collections/UploadedImages'
import { generateImage, generateVideo, stitchVideos } from './endpoints/generation'
import { listProjects } from './endpoints/list'
import { createScene, deleteScene, updateScene } from './endpoints/scenes'
import { retryProject } from './endpoints/retry'
import { rewriteStoryboard } from './endpoints/storyboard'
import { projectStatus } from './endpoints/status'
import { replicateWebhook } from './endpoints/replicateWebhook'
import { uploadProjectImage } from './endpoints/uploads'
import { defaultVideoPipelineOptions, type VideoPipelineOptions } from './options'
import { composePipeline } from './registry'
import { sceneImageTask } from './tasks/sceneImage'
import { sceneVideoTask } from './tasks/sceneVideo'
import { stitchTask } from './tasks/stitch'
import { storyboardTask } from './tasks/storyboard'
import { addCollectionEndpoints } from '../../src/lib/http/collectionEndpoints'

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
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          // The company's projects, training videos and jobs at a glance.
          beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), '/plugins/video-pipeline/admin/Dashboard#Dashboard'],
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
      endpoints: [...(config.endpoints ?? []), generateImage, generateVideo, stitchVideos, replicateWebhook],
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
        shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
      },
    }
    return addCollectionEndpoints(withCollections, 'projects', [listProjects, projectStatus, retryProject, rewriteStoryboard, createScene, updateScene, deleteScene, uploadProjectImage])
  }
