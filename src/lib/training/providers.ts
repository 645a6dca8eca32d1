import { createOpenAISpeechSynthesizer } from '../providers/openai/speechSynthesizer'
import type { SpeechSynthesizer } from '../providers/types'
import { createOfflineScriptWriter, type ScriptWriter } from './script'
import { createEspeakSynthesizer } from './tts'

export type TrainingProviders = { script: ScriptWriter; speech: SpeechSynthesizer }

/**
 * Voiceover from OpenAI speech when `OPENAI_API_KEY` is set (`OPENAI_BASE_URL`, `TTS_MODEL`,
 * `TTS_VOICE` configurable), else offline espeak-ng. Scripts are written by the deterministic
 * writer over the retrieved manual passages.
 */
export function trainingProvidersFromEnv(env: NodeJS.ProcessEnv = process.env): TrainingProviders {
  return {
    script: createOfflineScriptWriter(),
    speech: env.OPENAI_API_KEY
      ? createOpenAISpeechSynthesizer({
          apiKey: env.OPENAI_API_KEY,
          baseURL: env.OPENAI_BASE_URL || undefined,
          model: env.TTS_MODEL || undefined,
          voice: env.TTS_VOICE || undefined,
        })
      : createEspeakSynthesizer(),
  }
}
