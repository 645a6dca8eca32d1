import type { CustomComponent, UIField } from 'payload'

import type { QuickFilter } from '../src/ui/admin/QuickFilters'

/**
 * Admin components any collection may use. They live in `src/ui/admin/` and are registered by
 * path in the import map (`npm run generate:importmap`); the config never imports React.
 */
const component = (file: string, exportName: string) => `/src/ui/admin/${file}#${exportName}`

/**
 * A `preview` column and panel for an upload collection: the file as a picture, video or audio
 * player with its size, dimensions and duration; a thumbnail, clip or player in list rows.
 */
export const mediaPreviewField = (label = 'Preview'): UIField => ({
  name: 'preview',
  type: 'ui',
  label,
  admin: {
    components: {
      Field: component('MediaPreviewField', 'MediaPreviewField'),
      Cell: component('MediaCell', 'MediaCell'),
    },
  },
})

/** Everyday filters above a collection's list (`admin.components.beforeListTable`). */
export const quickFilters = (filters: QuickFilter[]): CustomComponent => ({
  path: component('QuickFilters', 'QuickFilters'),
  clientProps: { filters },
})

/** A select field's values as filter choices, with readable labels where given. */
export const choices = (values: readonly string[], labels: Record<string, string> = {}) =>
  values.map((value) => ({ value, label: labels[value] ?? value }))
