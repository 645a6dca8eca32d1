import type { Routes } from '../../../src/lib/http/routes'
import { generateImage, generateVideo, stitchVideos } from './generation'
import { listProjects } from './list'
import { replicateWebhook } from './replicateWebhook'
import { retryProject } from './retry'
import { createScene, deleteScene, updateScene } from './scenes'
import { rewriteStoryboard } from './storyboard'
import { projectStatus } from './status'
import { uploadProjectImage } from './uploads'

/** The pipeline's routes: generation and the provider webhook at the root, the rest under `/api/projects`. */
export const pipelineRoutes: Routes = {
  root: [generateImage, generateVideo, stitchVideos, replicateWebhook],
  projects: [
    listProjects,
    projectStatus,
    retryProject,
    rewriteStoryboard,
    createScene,
    updateScene,
    deleteScene,
    uploadProjectImage,
  ],
}
