import type { Config, Plugin } from 'payload'

import { FinalVideos } from './collections/FinalVideos'
import { ReplicatePredictions } from './collections/ReplicatePredictions'
import { Projects } from './collections/Projects'
import { GeneratedImages, GeneratedVideos, SeedFrames } from './collections/sceneMedia'
import { Scenes } from './collections/Scenes'
import { TimelineClips } from './collections/TimelineClips'
import { UploadedImages } from './collections/UploadedImages'
import { generateImage, generateVideo, stitchVideos } from './endpoints/generation'
import { listProjects } from './endpoints/list'
import { createScene, deleteScene, updateScene } from './endpoints/scenes'
import { projectStatus } from './endpoints/status'
import { replicateWebhook } from './endpoints/replicateWebhook'
import { uploadProjectImage } from './endpoints/uploads'
import { providerConcurrency } from './services/settings'
import { sceneImageTask } from './tasks/sceneImage'
import { sceneVideoTask } from './tasks/sceneVideo'
import { stitchTask } from './tasks/stitch'
import { storyboardTask } from './tasks/storyboard'
import { addCollectionEndpoints } from '../addCollectionEndpoints'

/**
 * Projects → storyboard → scene images → clips → timeline → stitched film. Generation runs as
 * Payload jobs (in-process in development, `npm run worker` in production).
 */
export const videoPipelinePlugin =
  (): Plugin =>
  (config: Config): Config => {
    const withCollections: Config = {
      ...config,
      collections: [...(config.collections ?? []), Projects, Scenes, GeneratedImages, GeneratedVideos, SeedFrames, TimelineClips, FinalVideos, UploadedImages, ReplicatePredictions],
      endpoints: [...(config.endpoints ?? []), generateImage, generateVideo, stitchVideos, replicateWebhook],
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), storyboardTask, sceneImageTask, sceneVideoTask, stitchTask],
        // The app runs the queue itself unless a worker does (JOBS_AUTORUN=false; tests run it by hand).
        autoRun: [{ cron: '*/5 * * * * *', limit: providerConcurrency(), queue: 'default' }],
        shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
      },
    }
    return addCollectionEndpoints(withCollections, 'projects', [listProjects, projectStatus, createScene, updateScene, deleteScene, uploadProjectImage])
  }
