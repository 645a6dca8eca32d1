import { seedCarCatalog } from '../../../plugins/car-catalog/seed'
import { seedTraining } from '../../../plugins/training/seed'

/** Demo data of the feature plugins, run after the companies and users exist. */
export const demoSeeds = [seedCarCatalog, seedTraining]
