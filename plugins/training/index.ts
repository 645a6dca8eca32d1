import type { Config, Plugin } from 'payload'

import { EquipmentFiles } from '../../collections/training/EquipmentFiles'
import { ManualPages } from '../../collections/training/ManualPages'
import { TrainingEquipment } from '../../collections/training/TrainingEquipment'

/** TrainAI: equipment, its files (manuals, images, 3D models) and extracted manual pages. */
export const trainingPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), TrainingEquipment, EquipmentFiles, ManualPages],
  })
