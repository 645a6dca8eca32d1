import { seedCarCatalog } from '../../../plugins/car-catalog/seed'

/** Demo data of the feature plugins, run after the companies and users exist. */
export const demoSeeds = [seedCarCatalog]
