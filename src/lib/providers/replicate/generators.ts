import { downloadOutput } from '../download'
import type { ImageGenerator, VideoGenerator } from '../types'
import { type ReplicateOptions, runPrediction, uploadFile } from './client'

/** The output's download gets its own budget, as long as the prediction's. */
const downloadSignal = (options: ReplicateOptions, signal?: AbortSignal) => {
  const deadline = AbortSignal.timeout(options.timeoutMs ?? 10 * 60_000)
  return signal ? AbortSignal.any([signal, deadline]) : deadline
}

/** Known image-to-video models: the clip lengths they produce and how they name their inputs. */
export const videoModels: Record<
  string,
  {
    clipLengths: number[]
    input: (
      image: string,
      prompt: string,
      seconds: number,
      aspectRatio: string,
    ) => Record<string, unknown>
  }
> = {
  'kwaivgi/kling-v2.1': {
    clipLengths: [5, 10],
    input: (image, prompt, seconds) => ({ start_image: image, prompt, duration: seconds }),
  },
  'wan-video/wan-2.2-i2v-fast': {
    clipLengths: [5],
    input: (image, prompt, _seconds, aspectRatio) => ({ image, prompt, aspect_ratio: aspectRatio }),
  },
}

/** Text-to-image on Replicate (a FLUX model by default); reference images where the model takes one. */
export function createReplicateImageGenerator(
  options: ReplicateOptions & { model?: string },
): ImageGenerator {
  const model = options.model ?? 'black-forest-labs/flux-schnell'
  return {
    name: `replicate:${model}`,
    async generateImage(request, signal) {
      const input: Record<string, unknown> = {
        prompt: request.prompt,
        aspect_ratio: request.aspectRatio,
        output_format: 'png',
      }
      if (request.negativePrompt) input.negative_prompt = request.negativePrompt
      const reference = request.referenceImages?.[0]
      if (reference && model.includes('redux'))
        input.redux_image = `data:image/png;base64,${reference.toString('base64')}`
      const { id, url } = await runPrediction(options, model, input, signal)
      return { ...(await downloadOutput(url, downloadSignal(options, signal))), providerId: id }
    },
  }
}

/**
 * Image-to-video on Replicate; the image goes as a data URL, or through the files API with
 * `imageUpload: 'files'` (smaller prediction bodies for large frames). A model outside the table must say
 * its clip lengths; it gets the common `image`/`prompt`/`duration` inputs.
 */
export function createReplicateVideoGenerator(
  options: ReplicateOptions & {
    model?: string
    clipLengths?: number[]
    imageUpload?: 'data-url' | 'files'
  },
): VideoGenerator {
  const model = options.model ?? 'kwaivgi/kling-v2.1'
  const known = videoModels[model]
  if (!known && !options.clipLengths?.length)
    throw new Error(`Unknown Replicate video model ${model}: pass its clipLengths`)
  const spec = {
    clipLengths: options.clipLengths?.length ? options.clipLengths : known!.clipLengths,
    input:
      known?.input ??
      ((image: string, prompt: string, seconds: number) => ({ image, prompt, duration: seconds })),
  }
  return {
    name: `replicate:${model}`,
    clipLengths: spec.clipLengths,
    async generateVideo(request, signal) {
      const seconds = spec.clipLengths.reduce((best, l) =>
        Math.abs(l - request.durationSeconds) < Math.abs(best - request.durationSeconds) ? l : best,
      )
      const image =
        options.imageUpload === 'files'
          ? await uploadFile(options, request.image.data, request.image.mimeType, signal)
          : `data:${request.image.mimeType};base64,${request.image.data.toString('base64')}`
      const { id, url } = await runPrediction(
        options,
        model,
        spec.input(image, request.prompt, seconds, request.aspectRatio),
        signal,
      )
      return { ...(await downloadOutput(url, downloadSignal(options, signal))), providerId: id }
    },
  }
}
