import type { Config, Plugin } from 'payload'

import { EquipmentFiles } from './collections/EquipmentFiles'
import { ManualPages } from './collections/ManualPages'
import { TrainingEquipment } from './collections/TrainingEquipment'
import { equipmentEndpoints } from './endpoints/equipment'
import { patchScene } from './endpoints/scenes'
import { videoEndpoints } from './endpoints/videos'
import { extractManualTask } from './tasks/extractManual'
import { renderTrainingTask } from './tasks/renderTraining'
import { writeTrainingScriptTask } from './tasks/writeScript'
import { addCollectionEndpoints } from '../addCollectionEndpoints'
import { extendPipelineCollection } from './fields'

/**
 * TrainAI: equipment, its files (manuals, images, 3D models) and their searchable pages, and
 * narrated training videos — projects of kind `training` on the video pipeline (add this plugin
 * after `videoPipelinePlugin`). Serves the TrainAI document's snake_case routes
 * (`/api/equipment…`, `/api/videos…`, `PATCH /api/scenes/:id`).
 */
export const trainingPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const withTraining: Config = {
      ...config,
      collections: [...(config.collections ?? []).map(extendPipelineCollection), TrainingEquipment, EquipmentFiles, ManualPages],
      endpoints: [...(config.endpoints ?? []), ...equipmentEndpoints, ...videoEndpoints],
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), extractManualTask, writeTrainingScriptTask, renderTrainingTask],
      },
    }
    return addCollectionEndpoints(withTraining, 'scenes', [patchScene])
  }
