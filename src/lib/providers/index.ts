import { localImageGenerator } from './local/imageGenerator'
import { localStoryboardWriter } from './local/storyboardWriter'
import { localVideoGenerator } from './local/videoGenerator'
import type { OpenAIOptions } from './openai/chatJson'
import { createOpenAIStoryboardWriter } from './openai/storyboardWriter'
import type { PredictionResults } from './replicate/client'
import { createReplicateImageGenerator, createReplicateVideoGenerator } from './replicate/generators'
import type { ImageGenerator, StoryboardWriter, VideoGenerator } from './types'

export type Providers = { storyboard: StoryboardWriter; image: ImageGenerator; video: VideoGenerator }

/** `REPLICATE_VIDEO_CLIP_LENGTHS=5,10`: the clip lengths of a video model outside the known table. */
function clipLengths(setting: string | undefined): number[] | undefined {
  if (!setting?.trim()) return undefined
  const lengths = setting.split(',').map((part) => Number(part.trim()))
  if (lengths.some((n) => !Number.isFinite(n) || n <= 0)) throw new Error(`REPLICATE_VIDEO_CLIP_LENGTHS must be positive seconds separated by commas, not "${setting}"`)
  return lengths
}

/** The OpenAI-compatible chat API's settings (OpenRouter first, as in the seed), or null offline. */
export function chatSettings(env: NodeJS.ProcessEnv = process.env): OpenAIOptions | null {
  const apiKey = env.OPENROUTER_API_KEY || env.OPENAI_API_KEY
  if (!apiKey) return null
  return {
    apiKey,
    baseURL: env.LLM_BASE_URL || (env.OPENROUTER_API_KEY ? 'https://openrouter.ai/api/v1' : env.OPENAI_BASE_URL || 'https://api.openai.com/v1'),
    model: env.LLM_MODEL || (env.OPENROUTER_API_KEY ? 'openai/gpt-4o-mini' : 'gpt-4o-mini'),
  }
}

/**
 * Hosted providers when their keys are set, the offline ones otherwise: Replicate
 * (`REPLICATE_API_TOKEN`) for images and clips, an OpenAI-compatible chat API
 * (`OPENROUTER_API_KEY`, or `OPENAI_API_KEY`) for storyboards. Base URLs are configurable.
 */
export function providersFromEnv(env: NodeJS.ProcessEnv = process.env, context: { predictionResults?: PredictionResults } = {}): Providers {
  const replicate = env.REPLICATE_API_TOKEN
    ? {
        token: env.REPLICATE_API_TOKEN,
        baseUrl: env.REPLICATE_BASE_URL || undefined,
        // Completion webhooks need a public URL of this app and the signing secret; polling otherwise.
        webhook:
          env.REPLICATE_WEBHOOK_URL && env.REPLICATE_WEBHOOK_SECRET
            ? { url: env.REPLICATE_WEBHOOK_URL, secret: env.REPLICATE_WEBHOOK_SECRET, results: context.predictionResults }
            : undefined,
      }
    : null
  const chat = chatSettings(env)
  return {
    storyboard: chat ? createOpenAIStoryboardWriter(chat) : localStoryboardWriter,
    image: replicate ? createReplicateImageGenerator({ ...replicate, model: env.REPLICATE_IMAGE_MODEL || undefined }) : localImageGenerator,
    video: replicate
      ? createReplicateVideoGenerator({
          ...replicate,
          model: env.REPLICATE_VIDEO_MODEL || undefined,
          clipLengths: clipLengths(env.REPLICATE_VIDEO_CLIP_LENGTHS),
          imageUpload: env.REPLICATE_IMAGE_UPLOAD === 'files' ? 'files' : 'data-url',
        })
      : localVideoGenerator,
  }
}
