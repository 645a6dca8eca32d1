import { z } from 'zod'

import { scriptTitle, type ScriptInput, type ScriptSource, type ScriptWriter } from './script'
import {
  chatClient,
  chatJson,
  type OpenAIOptions,
} from '../../../src/lib/providers/openai/chatJson'

const scriptSchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  scenes: z
    .array(
      z.object({
        voiceover_text: z.string().trim().min(1).max(1200),
        // Numbers that name no passage are ignored below, not worth a repair round.
        sources: z.array(z.number().int()).max(10).default([]),
      }),
    )
    .min(3)
    .max(5),
})

const instructions = (input: ScriptInput) =>
  [
    'You write narration for a short maintenance training video for technicians.',
    'Answer with JSON only: {"title": string, "scenes": [{"voiceover_text": string, "sources": [passage numbers]}]} with 3 to 5 scenes, one step each, in the order a technician works.',
    input.passages.length
      ? 'Use only facts from the numbered manual passages (keep part names, tool sizes and values exactly); list in "sources" the numbers of the passages each scene uses.'
      : 'No manual passages were found: write a safe, generic procedure, leave "sources" empty, and say in the first scene that the steps are general guidance.',
    'Each voiceover_text is one or two spoken sentences, at most 400 characters.',
  ].join('\n')

const brief = (input: ScriptInput) =>
  [
    `Task: ${input.prompt}`,
    input.equipmentModel ? `Equipment: ${input.equipmentModel}` : '',
    input.taskType ? `Task type: ${input.taskType}` : '',
    ...input.passages.map(
      (p, i) => `[${i + 1}] (${p.fileName ?? 'manual'}, page ${p.page}) ${p.text.slice(0, 1500)}`,
    ),
  ]
    .filter(Boolean)
    .join('\n')

/**
 * Training scripts from an OpenAI-compatible chat API, grounded in the retrieved passages: the
 * model cites passages by number and each scene records the manual pages behind them.
 */
export function createOpenAIScriptWriter(options: OpenAIOptions): ScriptWriter {
  const chat = chatClient(options)
  return {
    async writeScript(input) {
      const answer = await chatJson(chat, {
        system: instructions(input),
        user: brief(input),
        schema: scriptSchema,
        what: 'script',
      })
      return {
        title: answer.title || scriptTitle(input),
        generic: input.passages.length === 0,
        scenes: answer.scenes.map((scene, i) => {
          const sources: ScriptSource[] = []
          for (const n of scene.sources) {
            const passage = input.passages[n - 1]
            if (
              passage &&
              !sources.some((s) => s.fileId === passage.fileId && s.page === passage.page)
            )
              sources.push({ fileId: passage.fileId, page: passage.page })
          }
          return {
            sequence_order: i + 1,
            voiceover_text: scene.voiceover_text,
            sources,
          }
        }),
      }
    },
  }
}
