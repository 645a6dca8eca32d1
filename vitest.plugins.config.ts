import path from 'node:path'
import { defineConfig } from 'vitest/config'

import base from './vitest.config'

/**
 * Each feature plugin in a small app of its own (tests/configs/): the platform with the video
 * pipeline alone, then with training added, and with the car catalogue alone. Each app runs its
 * plugin tests and the feature's own integration tests, on a database of its own.
 */
const app = (name: string, config: string, include: string[]) => ({
  resolve: { alias: { '@payload-config': path.resolve(import.meta.dirname, config) } },
  test: { ...base.test, name, include },
})

export default defineConfig({
  test: {
    pool: base.test?.pool,
    maxWorkers: base.test?.maxWorkers,
    projects: [
      app('pipeline-alone', 'tests/configs/pipeline.config.ts', [
        'tests/plugins/pipeline-alone.test.ts',
        'tests/int/projects.test.ts',
        'tests/int/pipeline-offline.test.ts',
      ]),
      app('pipeline-training', 'tests/configs/pipelineTraining.config.ts', [
        'tests/plugins/pipeline-training.test.ts',
        'tests/int/trainai-equipment.test.ts',
        'tests/int/trainai-videos.test.ts',
      ]),
      app('car-catalog-alone', 'tests/configs/carCatalog.config.ts', [
        'tests/plugins/car-catalog-alone.test.ts',
        'tests/int/car-catalog.test.ts',
      ]),
    ],
  },
})
