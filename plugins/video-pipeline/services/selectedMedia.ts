import { idOf } from '../../../src/lib/db/ids'
import type { GeneratedFile } from '../../../src/lib/providers/types'

/**
 * What every image, clip and seed frame a task makes for a scene records: the scene, selected,
 * with the project's company and owner (so the access rules stay one SQL filter).
 */
export const selectedFor = (
  sceneId: string,
  project: { id: string; company: unknown; owner: unknown },
) => ({
  scene: sceneId,
  isSelected: true,
  company: idOf(project.company)!,
  owner: idOf(project.owner)!,
  project: project.id,
})

/** A generated file as the `file` of a Local API upload, named `<name>.<ext>`. */
export const uploadOf = (file: Pick<GeneratedFile, 'data' | 'mimeType' | 'ext'>, name: string) => ({
  data: file.data,
  mimetype: file.mimeType,
  name: `${name}.${file.ext}`,
  size: file.data.length,
})
