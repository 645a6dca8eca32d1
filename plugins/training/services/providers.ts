import { createOpenAIScriptWriter } from './openaiScriptWriter'
import { createOpenAISpeechSynthesizer } from '../../../src/lib/providers/openai/speechSynthesizer'
import { chatSettings } from '../../../src/lib/providers'
import type { SpeechSynthesizer } from '../../../src/lib/providers/types'
import { createOfflineScriptWriter, type ScriptWriter } from './script'
import { createEspeakSynthesizer } from '../../../src/lib/providers/local/speechSynthesizer'
import { type Env, settings } from '../../../src/lib/settings'

export type TrainingProviders = { script: ScriptWriter; speech: SpeechSynthesizer }

/**
 * Scripts from the OpenAI-compatible chat API when a key is set (the storyboards' settings), else
 * the deterministic writer over the retrieved manual passages. Voiceover from OpenAI speech when
 * `OPENAI_API_KEY` is set (`OPENAI_BASE_URL`, `TTS_MODEL`, `TTS_VOICE`), else offline espeak-ng.
 */
export function trainingProvidersFromEnv(env?: Env): TrainingProviders {
  const chat = chatSettings(env)
  const {
    OPENAI_API_KEY: apiKey,
    OPENAI_BASE_URL: baseURL,
    TTS_MODEL: model,
    TTS_VOICE: voice,
  } = settings(env)
  return {
    script: chat ? createOpenAIScriptWriter(chat) : createOfflineScriptWriter(),
    speech: apiKey
      ? createOpenAISpeechSynthesizer({ apiKey, baseURL, model, voice })
      : createEspeakSynthesizer(),
  }
}
