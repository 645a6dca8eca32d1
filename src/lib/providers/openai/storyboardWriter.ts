import { z } from 'zod'

import type { Storyboard, StoryboardRequest, StoryboardWriter } from '../types'
import { chatClient, chatJson, type OpenAIOptions } from './chatJson'

export type { OpenAIOptions }

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
    .refine(
      (s) =>
        Math.abs(
          s.scenes.reduce((sum, scene) => sum + scene.suggestedDuration, 0) -
            request.targetDuration,
        ) <= 0.5,
      {
        message: `scene durations must add up to ${request.targetDuration} seconds`,
      },
    )

const instructions = (request: StoryboardRequest) =>
  [
    `Write a storyboard for a ${request.targetDuration}-second ${request.kind === 'training' ? 'training' : 'marketing'} video.`,
    `Answer with JSON only: {"characterDescription": string, "scenes": [{"sceneTitle", "sceneSummary", "imagePrompt", "negativePrompt", "suggestedDuration"}]}.`,
    `characterDescription describes the main subject so every image prompt can repeat it for consistency.`,
    `Each suggestedDuration must be one of ${request.clipLengths.join(', ')} seconds; together they must add up to ${request.targetDuration}.`,
    request.brand
      ? `Brand: ${request.brand.companyName}; colours ${Object.entries(request.brand.colors)
          .map(([n, c]) => `${n} ${c}`)
          .join(', ')}.`
      : '',
    request.brand?.guidelines ? `Follow the brand guidelines:\n${request.brand.guidelines}` : '',
    request.car
      ? `Feature the car: ${[request.car.year, request.car.model, request.car.trim].filter(Boolean).join(' ')}.`
      : '',
  ]
    .filter(Boolean)
    .join('\n')

/** The prompt, and the brief when the project has one. */
const userMessage = (request: StoryboardRequest) =>
  request.brief ? `${request.prompt}\n\nBrief:\n${request.brief}` : request.prompt

/**
 * Storyboards from an OpenAI-compatible chat API (OpenRouter by default). The answer is validated;
 * an invalid one gets one repair round with the validation error, then the job's retries take over.
 */
export function createOpenAIStoryboardWriter(options: OpenAIOptions): StoryboardWriter {
  const chat = chatClient(options)
  return {
    name: `openai:${chat.model}`,
    writeStoryboard: (request, signal): Promise<Storyboard> =>
      chatJson(chat, {
        system: instructions(request),
        user: userMessage(request),
        schema: storyboardSchema(request),
        what: 'storyboard',
        signal,
      }),
  }
}
