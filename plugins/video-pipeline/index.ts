import type { Config, Plugin } from 'payload'

import { FinalVideos } from '../../collections/projects/FinalVideos'
import { ReplicatePredictions } from '../../collections/system/ReplicatePredictions'
import { Projects } from '../../collections/projects/Projects'
import { GeneratedImages, GeneratedVideos, SeedFrames } from '../../collections/projects/sceneMedia'
import { Scenes } from '../../collections/projects/Scenes'
import { TimelineClips } from '../../collections/projects/TimelineClips'
import { UploadedImages } from '../../collections/projects/UploadedImages'
import { generateImage, generateVideo, stitchVideos } from '../../endpoints/projects/generation'
import { listProjects } from '../../endpoints/projects/list'
import { createScene, deleteScene, updateScene } from '../../endpoints/projects/scenes'
import { projectStatus } from '../../endpoints/projects/status'
import { replicateWebhook } from '../../endpoints/replicateWebhook'
import { retryProject } from '../../endpoints/projects/retry'
import { uploadProjectImage } from '../../endpoints/projects/uploads'
import { providerConcurrency } from '../../src/lib/pipeline/settings'
import { sceneImageTask } from '../../src/lib/pipeline/tasks/sceneImage'
import { sceneVideoTask } from '../../src/lib/pipeline/tasks/sceneVideo'
import { stitchTask } from '../../src/lib/pipeline/tasks/stitch'
import { storyboardTask } from '../../src/lib/pipeline/tasks/storyboard'
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
    return addCollectionEndpoints(withCollections, 'projects', [listProjects, projectStatus, retryProject, createScene, updateScene, deleteScene, uploadProjectImage])
  }
