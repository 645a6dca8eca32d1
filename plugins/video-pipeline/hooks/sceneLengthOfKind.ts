import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../../src/lib/db/ids'
import { badRequest } from '../../../src/lib/http/errors'
import { projectKind } from '../registry'

/** A scene lasts at most what its project's kind allows (`ProjectKind.maxSceneSeconds`). */
export const sceneLengthOfKind: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const durations = (['suggestedDuration', 'customDuration'] as const).filter(
    (name) => typeof data[name] === 'number',
  )
  const projectId = idOf(data.project ?? originalDoc?.project)
  if (durations.length === 0 || !projectId) return data
  const project = await req.payload.findByID({
    collection: 'projects',
    id: projectId,
    depth: 0,
    select: { kind: true },
    req,
  })
  const kind = projectKind(req.payload, project.kind)
  for (const name of durations) {
    if (data[name] > kind.maxSceneSeconds) {
      throw badRequest(
        `A scene of a ${kind.name} project lasts at most ${kind.maxSceneSeconds} seconds.`,
        name,
      )
    }
  }
  return data
}
