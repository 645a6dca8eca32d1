import type { Routes } from '../../../src/lib/http/routes'
import { equipmentEndpoints } from './equipment'
import { videoEndpoints } from './videos'

/** The TrainAI document's routes at the root (`/api/equipment…`, `/api/videos…`); `PATCH /api/scenes/:id` comes through the pipeline. */
export const trainingRoutes: Routes = { root: [...equipmentEndpoints, ...videoEndpoints] }
