import { localImageGenerator } from './local/imageGenerator'
import { localStoryboardWriter } from './local/storyboardWriter'
import { localVideoGenerator } from './local/videoGenerator'
import type { ImageGenerator, StoryboardWriter, VideoGenerator } from './types'

export type Providers = { storyboard: StoryboardWriter; image: ImageGenerator; video: VideoGenerator }

/**
 * The providers in use. Hosted providers (Replicate with REPLICATE_API_TOKEN, an OpenAI-compatible
 * chat API with OPENROUTER_API_KEY/OPENAI_API_KEY) are not implemented yet: until they are, the
 * offline ones run whatever keys are set (see issue 4's notes).
 */
export function providersFromEnv(): Providers {
  return { storyboard: localStoryboardWriter, image: localImageGenerator, video: localVideoGenerator }
}
