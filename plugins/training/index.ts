import type { Config, Plugin } from 'payload'

import { EquipmentFiles } from './collections/EquipmentFiles'
import { ManualPages } from './collections/ManualPages'
import { TrainingEquipment } from './collections/TrainingEquipment'
import { trainingRoutes } from './endpoints'
import { sceneNarration } from './endpoints/narration'
import { patchScene, uploadSceneScreenshot } from './endpoints/scenes'
import { extractManualTask } from './tasks/extractManual'
import { renderTrainingTask } from './tasks/renderTraining'
import { writeTrainingScriptTask } from './tasks/writeScript'
import { withAfterSchemaInit } from '../../src/lib/db/schemaHooks'
import { addRoutes } from '../../src/lib/http/routes'
import { registerDemoSeed } from '../../src/lib/seed/registry'
import { registerPipelineExtension } from '../video-pipeline/extension'
import { defaultTrainingOptions, type TrainingOptions } from './options'
import { trainingCompanyFields, trainingPipelineExtension } from './pipeline'
import { trainingEquipmentDemo, trainingVideoDemo } from './seed'
import { manualSearchIndex } from './services/searchIndex'

/**
 * TrainAI: equipment, its files (manuals, images, 3D models) and their searchable pages, and
 * narrated training videos — projects of kind `training` on the video pipeline, which this
 * plugin extends (list it before `videoPipelinePlugin`). Serves the TrainAI document's
 * snake_case routes (`/api/equipment…`, `/api/videos…`, `PATCH /api/scenes/:id`).
 */
export const trainingPlugin =
  (options: Partial<TrainingOptions> = {}): Plugin =>
  (config: Config): Config => {
    const resolved: TrainingOptions = { ...defaultTrainingOptions, ...options }
    const withTraining: Config = {
      ...config,
      collections: [
        // The core's companies carry the TrainAI flag; the frontend reads it to show the TrainAI areas.
        ...(config.collections ?? []).map((c) =>
          c.slug === 'companies' ? { ...c, fields: [...c.fields, ...trainingCompanyFields] } : c,
        ),
        TrainingEquipment,
        EquipmentFiles,
        ManualPages,
      ],
    }
    const extended = registerPipelineExtension(addRoutes(withTraining, trainingRoutes), {
      ...trainingPipelineExtension(resolved),
      // Manual extraction grounds the scripts; the script and the narrated render are the kind's own jobs.
      tasks: [extractManualTask, writeTrainingScriptTask, renderTrainingTask],
      routes: { scenes: [patchScene, uploadSceneScreenshot, sceneNarration] },
    })
    return registerDemoSeed(
      withAfterSchemaInit(extended, manualSearchIndex),
      trainingEquipmentDemo,
      trainingVideoDemo,
    )
  }
