import { localImageGenerator } from './local/imageGenerator'
import { localStoryboardWriter } from './local/storyboardWriter'
import { localVideoGenerator } from './local/videoGenerator'
import { createOpenAIStoryboardWriter } from './openai/storyboardWriter'
import { createReplicateImageGenerator, createReplicateVideoGenerator } from './replicate/generators'
import type { ImageGenerator, StoryboardWriter, VideoGenerator } from './types'

export type Providers = { storyboard: StoryboardWriter; image: ImageGenerator; video: VideoGenerator }

/**
 * Hosted providers when their keys are set, the offline ones otherwise: Replicate
 * (`REPLICATE_API_TOKEN`) for images and clips, an OpenAI-compatible chat API
 * (`OPENROUTER_API_KEY`, or `OPENAI_API_KEY`) for storyboards. Base URLs are configurable.
 */
export function providersFromEnv(env: NodeJS.ProcessEnv = process.env): Providers {
  const replicate = env.REPLICATE_API_TOKEN
    ? {
        token: env.REPLICATE_API_TOKEN,
        baseUrl: env.REPLICATE_BASE_URL || undefined,
      }
    : null
  const chatKey = env.OPENROUTER_API_KEY || env.OPENAI_API_KEY
  return {
    storyboard: chatKey
      ? createOpenAIStoryboardWriter({
          apiKey: chatKey,
          baseURL: env.LLM_BASE_URL || (env.OPENROUTER_API_KEY ? 'https://openrouter.ai/api/v1' : 'https://api.openai.com/v1'),
          model: env.LLM_MODEL || (env.OPENROUTER_API_KEY ? 'openai/gpt-4o-mini' : 'gpt-4o-mini'),
        })
      : localStoryboardWriter,
    image: replicate ? createReplicateImageGenerator({ ...replicate, model: env.REPLICATE_IMAGE_MODEL || undefined }) : localImageGenerator,
    video: replicate ? createReplicateVideoGenerator({ ...replicate, model: env.REPLICATE_VIDEO_MODEL || undefined }) : localVideoGenerator,
  }
}
