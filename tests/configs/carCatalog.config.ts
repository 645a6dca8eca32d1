import { reelsmithConfig } from '../../payload.config'
import { carCatalogPlugin } from '../../plugins/car-catalog'

/** The platform with the car catalogue alone: no video pipeline, no training. */
export default reelsmithConfig([carCatalogPlugin()])
