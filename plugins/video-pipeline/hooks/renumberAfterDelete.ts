import type { CollectionAfterDeleteHook } from 'payload'

import { idOf } from '../../../src/lib/db/ids'
import { renumberScenes } from '../services/renumberScenes'

/**
 * Whichever API deletes a scene (custom routes, Payload REST, the admin panel), the others are
 * renumbered 1…n in the same transaction. Skipped when the whole project is being deleted.
 */
export const renumberAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const projectId = idOf(doc.project)
  if (!projectId || req.context.cascadeDelete) return doc
  await renumberScenes(req, projectId)
  return doc
}
