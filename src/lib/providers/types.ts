/**
 * The one small interface every generation provider implements: hosted (Replicate, an
 * OpenAI-compatible chat API, OpenAI speech) or local and offline (sharp, ffmpeg, espeak-ng).
 * Jobs depend on these types only; `src/lib/providers/index.ts` chooses implementations.
 */

export type AspectRatio = '16:9' | '9:16' | '1:1'

export type BrandContext = {
  companyName: string
  /** Named hex colours from the company's COLOR_SCHEME asset. */
  colors: Record<string, string>
  /** The company's published brand guidelines, as plain text. */
  guidelines?: string
  logo?: Buffer
}

export type FeaturedCar = { model: string; year?: number; trim?: string; referenceImages: Buffer[] }

export type StoryboardRequest = {
  prompt: string
  /** The project's brief (rich text in the admin), as plain text. */
  brief?: string
  targetDuration: number
  kind: 'marketing' | 'training'
  /** Clip lengths (seconds) the video model can produce; scene durations must be among them. */
  clipLengths: number[]
  brand?: BrandContext
  car?: FeaturedCar
}

export type StoryboardScene = {
  sceneTitle: string
  sceneSummary: string
  imagePrompt: string
  negativePrompt?: string
  suggestedDuration: number
}

export type Storyboard = {
  /** Subject/character description reused in every image prompt for consistency. */
  characterDescription: string
  scenes: StoryboardScene[]
}

export interface StoryboardWriter {
  readonly name: string
  writeStoryboard(request: StoryboardRequest, signal?: AbortSignal): Promise<Storyboard>
}

export type GeneratedFile = {
  data: Buffer
  mimeType: string
  ext: string
  /** The provider's id for the work (e.g. a Replicate prediction id), when there is one. */
  providerId?: string
}

export type ImageRequest = {
  prompt: string
  negativePrompt?: string
  aspectRatio: AspectRatio
  width: number
  height: number
  brand?: BrandContext
  referenceImages?: Buffer[]
}

export interface ImageGenerator {
  readonly name: string
  generateImage(request: ImageRequest, signal?: AbortSignal): Promise<GeneratedFile>
}

export type VideoRequest = {
  image: GeneratedFile
  prompt: string
  durationSeconds: number
  aspectRatio: AspectRatio
  width: number
  height: number
  fps: number
}

export interface VideoGenerator {
  readonly name: string
  /** Clip lengths in seconds this model produces (a request's duration must be one of them). */
  readonly clipLengths: number[]
  generateVideo(request: VideoRequest, signal?: AbortSignal): Promise<GeneratedFile>
}

export type SpeechRequest = { text: string; voice?: string }

export interface SpeechSynthesizer {
  readonly name: string
  /** Returns audio (WAV or MP3) and its duration in seconds. */
  synthesize(
    request: SpeechRequest,
    signal?: AbortSignal,
  ): Promise<GeneratedFile & { durationSeconds: number }>
}

/** A provider failure with a readable reason; `retryable` tells the job whether to try again. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    /** Seconds to wait before retrying, when the provider said so (429 Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
    this.name = 'ProviderError'
  }
}
