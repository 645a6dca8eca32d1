/**
 * The pipeline's extension points: the one module another plugin may import from
 * `plugins/video-pipeline/`. A plugin describes what it adds in a `PipelineExtension` and
 * registers it with `registerPipelineExtension` before `videoPipelinePlugin()` runs; the
 * pipeline builds its collections, hooks and jobs from what was registered.
 */
export {
  marketingKind,
  projectKind,
  registerPipelineExtension,
  type PipelineExtension,
  type ProjectKind,
  type ProjectTaskSlug,
} from './registry'

// What a kind's own jobs may use of the pipeline.
export { stitchProject } from './tasks/stitch'
export { setSceneProgress } from './services/sceneProgress'
