import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { violation } from '../../scripts/eslint/oneWayImports.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const at = (file: string) => path.join(root, file)
const check = (from: string, target: string): string | null => violation(at(from), at(target))

describe('one-way imports (lint rule)', () => {
  it('lets features use the core and infrastructure, and the core use infrastructure', () => {
    expect(check('plugins/training/tasks/writeScript.ts', 'src/lib/access')).toBeNull()
    expect(check('plugins/training/collections/ManualPages.ts', 'fields/company')).toBeNull()
    expect(check('collections/Users.ts', 'src/lib/http/errors')).toBeNull()
    expect(check('plugins/training/services/script.ts', 'plugins/training/services/pdf')).toBeNull()
    expect(check('src/lib/providers/index.ts', 'payload-types')).toBeNull()
    // Admin components of a plugin build on the shared UI primitives.
    expect(
      check('plugins/video-pipeline/admin/ProjectStudio.tsx', 'src/ui/admin/ProgressMeter'),
    ).toBeNull()
    expect(check('fields/admin.ts', 'src/ui/admin/QuickFilters')).toBeNull()
  })

  it('refuses imports that point back up the layers', () => {
    expect(check('src/lib/seed/index.ts', 'plugins/car-catalog/seed')).toMatch(
      /infrastructure may not import plugins\/car-catalog/,
    )
    expect(check('src/lib/seed/index.ts', 'collections/Users')).toMatch(
      /infrastructure may not import core/,
    )
    expect(
      check('hooks/companyFromParent.ts', 'plugins/video-pipeline/collections/Scenes'),
    ).toMatch(/core may not import plugins\/video-pipeline/)
    expect(check('src/lib/db/transaction.ts', 'payload.config')).toMatch(
      /may not import payload\.config/,
    )
    expect(check('src/ui/admin/MediaPreview.tsx', 'plugins/car-catalog/options')).toMatch(
      /shared UI may not import plugins\/car-catalog/,
    )
  })

  it('lets one feature reach another only through its declared extension point', () => {
    expect(check('plugins/training/pipeline.ts', 'plugins/video-pipeline/extension')).toBeNull()
    expect(
      check('plugins/training/tasks/renderTraining.ts', 'plugins/video-pipeline/tasks/stitch'),
    ).toMatch(/only through its extension point/)
    expect(
      check('plugins/car-catalog/pipeline.ts', 'plugins/video-pipeline/collections/Projects.ts'),
    ).toMatch(/only through its extension point/)
  })

  it('does not check the app, scripts and tests, which compose everything', () => {
    expect(check('payload.config.ts', 'plugins/training/index')).toBeNull()
    expect(check('tests/int/projects.test.ts', 'plugins/video-pipeline/tasks/stitch')).toBeNull()
  })
})
