import { createOpenAIScriptWriter } from './openaiScriptWriter'
import { createOpenAISpeechSynthesizer } from '../../../src/lib/providers/openai/speechSynthesizer'
import { chatSettings } from '../../../src/lib/providers'
import type { SpeechSynthesizer } from '../../../src/lib/providers/types'
import { createOfflineScriptWriter, type ScriptWriter } from './script'
import { createEspeakSynthesizer } from '../../../src/lib/providers/local/speechSynthesizer'

export type TrainingProviders = { script: ScriptWriter; speech: SpeechSynthesizer }

/**
 * Scripts from the OpenAI-compatible chat API when a key is set (the storyboards' settings), else
 * the deterministic writer over the retrieved manual passages. Voiceover from OpenAI speech when
 * `OPENAI_API_KEY` is set (`OPENAI_BASE_URL`, `TTS_MODEL`, `TTS_VOICE`), else offline espeak-ng.
 */
export function trainingProvidersFromEnv(env: NodeJS.ProcessEnv = process.env): TrainingProviders {
  const chat = chatSettings(env)
  return {
    script: chat ? createOpenAIScriptWriter(chat) : createOfflineScriptWriter(),
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
