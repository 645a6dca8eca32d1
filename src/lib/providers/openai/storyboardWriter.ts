import OpenAI from 'openai'
import { z } from 'zod'

import { ProviderError, type Storyboard, type StoryboardRequest, type StoryboardWriter } from '../types'
import { toProviderError } from './toProviderError'

export type OpenAIOptions = { apiKey: string; baseURL?: string; model?: string; timeoutMs?: number }

const storyboardSchema = (request: StoryboardRequest) =>
  z
    .object({
      characterDescription: z.string().min(1).max(2000),
      scenes: z
        .array(
          z.object({
            sceneTitle: z.string().min(1).max(200),
            sceneSummary: z.string().min(1).max(2000),
            imagePrompt: z.string().min(1).max(2000),
            negativePrompt: z.string().max(1000).optional(),
            suggestedDuration: z.number().refine((d) => request.clipLengths.includes(d), {
              message: `must be one of ${request.clipLengths.join(', ')}`,
            }),
          }),
        )
        .min(1)
        .max(20),
    })
    .refine((s) => Math.abs(s.scenes.reduce((sum, scene) => sum + scene.suggestedDuration, 0) - request.targetDuration) <= 0.5, {
      message: `scene durations must add up to ${request.targetDuration} seconds`,
    })

const instructions = (request: StoryboardRequest) =>
  [
    `Write a storyboard for a ${request.targetDuration}-second ${request.kind === 'training' ? 'training' : 'marketing'} video.`,
    `Answer with JSON only: {"characterDescription": string, "scenes": [{"sceneTitle", "sceneSummary", "imagePrompt", "negativePrompt", "suggestedDuration"}]}.`,
    `characterDescription describes the main subject so every image prompt can repeat it for consistency.`,
    `Each suggestedDuration must be one of ${request.clipLengths.join(', ')} seconds; together they must add up to ${request.targetDuration}.`,
    request.brand ? `Brand: ${request.brand.companyName}; colours ${Object.entries(request.brand.colors).map(([n, c]) => `${n} ${c}`).join(', ')}.` : '',
    request.car ? `Feature the car: ${[request.car.year, request.car.model, request.car.trim].filter(Boolean).join(' ')}.` : '',
  ]
    .filter(Boolean)
    .join('\n')

/**
 * Storyboards from an OpenAI-compatible chat API (OpenRouter by default). The answer is validated;
 * an invalid one gets one repair round with the validation error, then the job's retries take over.
 */
export function createOpenAIStoryboardWriter(options: OpenAIOptions): StoryboardWriter {
  // Retries are the jobs' business, not the client's.
  const client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL ?? 'https://openrouter.ai/api/v1', maxRetries: 0, timeout: options.timeoutMs ?? 60_000 })
  const model = options.model ?? 'openai/gpt-4o-mini'
  return {
    name: `openai:${model}`,
    async writeStoryboard(request, signal): Promise<Storyboard> {
      const schema = storyboardSchema(request)
      const messages: OpenAI.ChatCompletionMessageParam[] = [
        { role: 'system', content: instructions(request) },
        { role: 'user', content: request.prompt },
      ]
      let problem = ''
      for (let round = 0; round < 2; round++) {
        let content: string
        try {
          const completion = await client.chat.completions.create({ model, messages, response_format: { type: 'json_object' } }, { signal })
          content = completion.choices[0]?.message?.content ?? ''
        } catch (error) {
          throw toProviderError(error, 'The language model')
        }
        try {
          const parsed = schema.safeParse(JSON.parse(content))
          if (parsed.success) return parsed.data
          problem = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
        } catch {
          problem = 'the answer was not valid JSON'
        }
        messages.push({ role: 'assistant', content }, { role: 'user', content: `That storyboard is invalid (${problem}). Answer again with corrected JSON only.` })
      }
      throw new ProviderError(`The language model returned an invalid storyboard: ${problem}`, true)
    },
  }
}
