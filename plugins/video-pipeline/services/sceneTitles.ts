import type { PayloadRequest } from 'payload'

import { pipelineExtensions, projectKind, projectKinds } from '../registry'

/** The title a scene gets when its number moves `from` → `to`, or undefined to keep its own. */
export type TitleForNumber = (
  title: string | null | undefined,
  from: number | null | undefined,
  to: number,
) => string | undefined

const keepTitles: TitleForNumber = () => undefined

/**
 * How a project's scene titles follow renumbering: a title its kind generated for the old number
 * ("Step 3") becomes the one for the new number; any other title is the user's and stays.
 */
export async function titlesFollowingNumbers(
  req: PayloadRequest,
  projectId: string,
): Promise<TitleForNumber> {
  // The pipeline alone (no kind generating titles) needs no look-up.
  if (!projectKinds(pipelineExtensions(req.payload)).some((kind) => kind.generatedSceneTitle))
    return keepTitles
  const project = await req.payload.findByID({
    collection: 'projects',
    id: projectId,
    depth: 0,
    select: { kind: true },
    disableErrors: true,
    req,
  })
  const generated = projectKind(req.payload, project?.kind).generatedSceneTitle
  if (!generated) return keepTitles
  return (title, from, to) =>
    typeof from === 'number' && from !== to && title === generated(from) ? generated(to) : undefined
}
