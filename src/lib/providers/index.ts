import { localImageGenerator } from './local/imageGenerator'
import { localStoryboardWriter } from './local/storyboardWriter'
import { localVideoGenerator } from './local/videoGenerator'
import type { OpenAIOptions } from './openai/chatJson'
import { createOpenAIStoryboardWriter } from './openai/storyboardWriter'
import type { PredictionResults } from './replicate/client'
import {
  createReplicateImageGenerator,
  createReplicateVideoGenerator,
} from './replicate/generators'
import type { ImageGenerator, StoryboardWriter, VideoGenerator } from './types'
import { type Env, settings } from '../settings'

export type Providers = {
  storyboard: StoryboardWriter
  image: ImageGenerator
  video: VideoGenerator
}

/** The OpenAI-compatible chat API's settings (OpenRouter first, as in the seed), or null offline. */
export function chatSettings(env?: Env): OpenAIOptions | null {
  const { OPENROUTER_API_KEY, OPENAI_API_KEY, OPENAI_BASE_URL, LLM_BASE_URL, LLM_MODEL } =
    settings(env)
  const apiKey = OPENROUTER_API_KEY || OPENAI_API_KEY
  if (!apiKey) return null
  return {
    apiKey,
    baseURL:
      LLM_BASE_URL ||
      (OPENROUTER_API_KEY
        ? 'https://openrouter.ai/api/v1'
        : OPENAI_BASE_URL || 'https://api.openai.com/v1'),
    model: LLM_MODEL || (OPENROUTER_API_KEY ? 'openai/gpt-4o-mini' : 'gpt-4o-mini'),
  }
}

/**
 * Hosted providers when their keys are set, the offline ones otherwise: Replicate
 * (`REPLICATE_API_TOKEN`) for images and clips, an OpenAI-compatible chat API
 * (`OPENROUTER_API_KEY`, or `OPENAI_API_KEY`) for storyboards. Base URLs are configurable.
 */
export function providersFromEnv(
  env?: Env,
  context: { predictionResults?: PredictionResults } = {},
): Providers {
  const settingsNow = settings(env)
  const token = settingsNow.REPLICATE_API_TOKEN
  const { REPLICATE_WEBHOOK_URL: webhookUrl, REPLICATE_WEBHOOK_SECRET: webhookSecret } = settingsNow
  const replicate = token
    ? {
        token,
        baseUrl: settingsNow.REPLICATE_BASE_URL,
        timeoutMs: settingsNow.REPLICATE_TIMEOUT_MS,
        // Completion webhooks need a public URL of this app and the signing secret; polling otherwise.
        webhook:
          webhookUrl && webhookSecret
            ? { url: webhookUrl, secret: webhookSecret, results: context.predictionResults }
            : undefined,
      }
    : null
  const chat = chatSettings(env)
  return {
    storyboard: chat ? createOpenAIStoryboardWriter(chat) : localStoryboardWriter,
    image: replicate
      ? createReplicateImageGenerator({ ...replicate, model: settingsNow.REPLICATE_IMAGE_MODEL })
      : localImageGenerator,
    video: replicate
      ? createReplicateVideoGenerator({
          ...replicate,
          model: settingsNow.REPLICATE_VIDEO_MODEL,
          clipLengths: settingsNow.REPLICATE_VIDEO_CLIP_LENGTHS,
          imageUpload: settingsNow.REPLICATE_IMAGE_UPLOAD,
        })
      : localVideoGenerator,
  }
}
