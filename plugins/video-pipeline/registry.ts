import type { CollectionBeforeValidateHook, Config, Field, Payload, TypedJobs } from 'payload'

import type { Project } from '../../payload-types'
import type { Routes } from '../../src/lib/http/routes'
import type { FeaturedCar } from '../../src/lib/providers/types'
import type { QuickFilter } from '../../src/ui/admin/QuickFilters'

/**
 * The extension registry: what other plugins registered, kept in `config.custom.videoPipeline`.
 * Other plugins reach it through `../extension`.
 */

/** Jobs a project can start with: their input is the project. */
export type ProjectTaskSlug = {
  [Slug in keyof TypedJobs['tasks']]: TypedJobs['tasks'][Slug]['input'] extends {
    projectId: string
  }
    ? Slug
    : never
}[keyof TypedJobs['tasks']]

/** A kind of project (`projects.kind`). The pipeline's own is `marketing`. */
export type ProjectKind = {
  name: string
  /** What people call projects of this kind, in lists (e.g. "Training videos"). */
  label?: string
  /** The job queued when a project of this kind is created (default: the pipeline's `storyboard`). */
  createTask?: ProjectTaskSlug
  /** Longest scene of a project of this kind, in seconds. */
  maxSceneSeconds: number
  /**
   * The title this kind's own jobs give a scene from its number (e.g. "Step 3"). When scenes are
   * renumbered, a title that is still the one generated for the old number follows the new one;
   * a title someone wrote stays as written.
   */
  generatedSceneTitle?: (sceneNumber: number) => string
  /**
   * A kind whose film is made by one job names the endpoint that starts it (`:id` is the
   * project): the admin's project toolbar offers it instead of the per-scene images, clips and stitch.
   */
  render?: { label: string; path: string }
}

export type PipelineExtension = {
  /** The registering plugin, named in error messages. */
  name: string
  kinds?: ProjectKind[]
  /** The jobs its kinds run, queued after the pipeline's own. */
  tasks?: NonNullable<NonNullable<Config['jobs']>['tasks']>
  /** Fields added to `projects` (after the pipeline's own content fields). */
  projectFields?: Field[]
  /** Filters offered above the admin's project list (e.g. by equipment). */
  projectListFilters?: QuickFilter[]
  /** Checks run on every project write, e.g. that a referenced document is the writer's to read. */
  projectBeforeValidate?: CollectionBeforeValidateHook[]
  /** Fields added to `scenes`. */
  sceneFields?: Field[]
  /** Routes under the pipeline's collections (e.g. TrainAI's `PATCH /api/scenes/:id`), added once they exist. */
  routes?: Routes
  /** What the project features, for its storyboard and image prompts. */
  featuredSubject?: (payload: Payload, project: Project) => Promise<FeaturedCar | undefined>
  /** A sound to run under the whole film, fetched into `dir`; null when there is none. */
  soundBed?: (payload: Payload, project: Project, dir: string) => Promise<string | null>
  /** Fail at startup unless the pipeline is composed (the extension is the plugin's purpose). */
  requiresPipeline?: boolean
}

export const marketingKind: ProjectKind = {
  name: 'marketing',
  label: 'Projects',
  maxSceneSeconds: 60,
}

type PipelineRegistry = { extensions: PipelineExtension[]; composed: boolean }

const registryOf = (config: Pick<Config, 'custom'>): PipelineRegistry =>
  config.custom?.videoPipeline ?? { extensions: [], composed: false }

const withRegistry = (config: Config, registry: PipelineRegistry): Config => ({
  ...config,
  custom: { ...config.custom, videoPipeline: registry },
})

/** Adds an extension; the plugin that calls this must come before `videoPipelinePlugin()`. */
export function registerPipelineExtension(config: Config, extension: PipelineExtension): Config {
  const registry = registryOf(config)
  if (registry.composed) {
    throw new Error(
      `${extension.name} extends the video pipeline: list it before videoPipelinePlugin() in payload.config.ts.`,
    )
  }
  const registered = withRegistry(config, {
    ...registry,
    extensions: [...registry.extensions, extension],
  })
  if (!extension.requiresPipeline) return registered
  return {
    ...registered,
    onInit: async (payload) => {
      if (!registryOf(payload.config).composed) {
        throw new Error(
          `${extension.name} needs the video pipeline: add videoPipelinePlugin() after it in payload.config.ts.`,
        )
      }
      await config.onInit?.(payload)
    },
  }
}

/** Called once by the pipeline plugin: the extensions to build from, and no more registrations. */
export function composePipeline(config: Config): {
  config: Config
  extensions: PipelineExtension[]
} {
  const registry = registryOf(config)
  return {
    config: withRegistry(config, { ...registry, composed: true }),
    extensions: registry.extensions,
  }
}

/** The registered extensions of a running app. */
export const pipelineExtensions = (payload: Payload): PipelineExtension[] =>
  registryOf(payload.config).extensions

export const projectKinds = (extensions: PipelineExtension[]): ProjectKind[] => [
  marketingKind,
  ...extensions.flatMap((extension) => extension.kinds ?? []),
]

/** A project's kind (an unknown or empty kind is the pipeline's own). */
export function projectKind(payload: Payload, name: string | null | undefined): ProjectKind {
  return (
    projectKinds(pipelineExtensions(payload)).find((kind) => kind.name === name) ?? marketingKind
  )
}
