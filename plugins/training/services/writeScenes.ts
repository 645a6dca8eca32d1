import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../../../src/lib/db/ids'
import { inTransaction } from '../../../src/lib/db/transaction'
import { stepTitle } from '../pipeline'
import { type ManualProblem, readManualsFirst } from './manualsReady'
import { createOfflineScriptWriter, type Script, type ScriptWriter } from './script'
import { searchManuals } from './searchManuals'

/** How many manual passages ground one script. */
const PASSAGES = 8

// `or` and `not` would read as operators in the query we build.
const STOP_WORDS = new Set([
  'or',
  'not',
  'the',
  'and',
  'for',
  'with',
  'how',
  'what',
  'from',
  'into',
  'onto',
  'this',
  'that',
  'your',
  'our',
  'a',
  'an',
  'on',
  'of',
  'to',
  'in',
  'do',
  'i',
])

/** Any of the prompt's words may match (a page need not contain them all); rank orders them. */
export const anyWordQuery = (text: string) =>
  [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])]
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .slice(0, 30)
    .join(' or ')

export type TrainingBrief = {
  companyId: string
  equipmentId?: string | null
  prompt: string
  equipmentModel?: string | null
  taskType?: string | null
}

export type GroundedScript = Script & { unreadableManuals: ManualProblem[] }

/**
 * The grounded script: the equipment's manuals read first (waiting up to `manualWaitMs` for any
 * still being extracted), their most relevant passages, then the writer.
 */
export async function writeTrainingScript(
  payload: Payload,
  brief: TrainingBrief,
  writer: ScriptWriter = createOfflineScriptWriter(),
  manualWaitMs?: number,
): Promise<GroundedScript> {
  const unreadableManuals = brief.equipmentId
    ? await readManualsFirst(payload, brief.equipmentId, manualWaitMs)
    : []
  const query = anyWordQuery(
    [brief.prompt, brief.taskType, brief.equipmentModel].filter(Boolean).join(' '),
  )
  const passages =
    brief.equipmentId && query
      ? await searchManuals(payload, {
          companyId: brief.companyId,
          equipmentId: brief.equipmentId,
          query,
          limit: PASSAGES,
        })
      : []
  const script = await writer.writeScript({
    prompt: brief.prompt,
    equipmentModel: brief.equipmentModel ?? undefined,
    taskType: brief.taskType ?? undefined,
    passages,
  })
  return { ...script, unreadableManuals }
}

/** Creates the script's scenes under a training project (inside the caller's transaction). */
export async function createScriptScenes(
  req: PayloadRequest,
  project: { id: string; company: unknown; owner: unknown },
  script: Script,
) {
  const scenes = []
  for (const scene of script.scenes) {
    scenes.push(
      await req.payload.create({
        collection: 'scenes',
        data: {
          project: project.id,
          company: idOf(project.company)!,
          owner: idOf(project.owner)!,
          sceneNumber: scene.sequence_order,
          sceneTitle: stepTitle(scene.sequence_order),
          voiceoverText: scene.voiceover_text,
          manualSources: scene.sources.map((source) => ({
            file: source.fileId,
            page: source.page,
          })),
        },
        depth: 0,
        req,
      }),
    )
  }
  return scenes
}

/**
 * A training video (project of kind `training`) with its grounded scenes, written before the
 * transaction (a slow language model must not hold locks) and stored in one transaction.
 */
export async function createTrainingVideo(
  req: PayloadRequest,
  brief: TrainingBrief & { ownerId: string },
  writer: ScriptWriter = createOfflineScriptWriter(),
) {
  const script = await writeTrainingScript(req.payload, brief, writer)
  return inTransaction(req, async () => {
    const video = await req.payload.create({
      collection: 'projects',
      // targetDuration is the marketing films' setting; a narrated video runs as long as its narration.
      data: {
        kind: 'training',
        targetDuration: 30,
        name: script.title.slice(0, 200),
        prompt: brief.prompt,
        equipment: brief.equipmentId ?? null,
        equipmentModel: brief.equipmentModel || null,
        taskType: brief.taskType || null,
        company: brief.companyId,
        owner: brief.ownerId,
      },
      context: { skipStoryboard: true },
      depth: 0,
      req,
    })
    return {
      video,
      scenes: await createScriptScenes(req, video, script),
      generic: script.generic,
      unreadableManuals: script.unreadableManuals,
    }
  })
}
