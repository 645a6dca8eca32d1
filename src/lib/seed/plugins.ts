import { carCatalogDemo } from '../../../plugins/car-catalog/seed'
import { trainingEquipmentDemo, trainingVideoDemo } from '../../../plugins/training/seed'

/** Demo data of the feature plugins, in order, run after the companies and users exist. */
export const demoSeeds = [carCatalogDemo, trainingEquipmentDemo, trainingVideoDemo]
