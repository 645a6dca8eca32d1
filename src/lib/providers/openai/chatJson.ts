import OpenAI from 'openai'
import type { ZodType } from 'zod'

import { ProviderError } from '../types'
import { toProviderError } from './toProviderError'

export type OpenAIOptions = { apiKey: string; baseURL?: string; model?: string; timeoutMs?: number }

/** A chat client for an OpenAI-compatible API (OpenRouter by default); retries are the jobs' business. */
export function chatClient(options: OpenAIOptions) {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? 'https://openrouter.ai/api/v1',
    maxRetries: 0,
    timeout: options.timeoutMs ?? 60_000,
  })
  return { client, model: options.model ?? 'openai/gpt-4o-mini' }
}

/**
 * Asks for a JSON answer and validates it with `schema`. An invalid answer gets one repair
 * round with the validation problem sent back; a second invalid answer is a retryable failure.
 */
export async function chatJson<T>(
  chat: ReturnType<typeof chatClient>,
  args: { system: string; user: string; schema: ZodType<T>; what: string; signal?: AbortSignal },
): Promise<T> {
  const messages: OpenAI.ChatCompletionMessageParam[] = [
    { role: 'system', content: args.system },
    { role: 'user', content: args.user },
  ]
  let problem = ''
  for (let round = 0; round < 2; round++) {
    let content: string
    try {
      const completion = await chat.client.chat.completions.create(
        { model: chat.model, messages, response_format: { type: 'json_object' } },
        { signal: args.signal },
      )
      content = completion.choices[0]?.message?.content ?? ''
    } catch (error) {
      throw toProviderError(error, 'The language model')
    }
    try {
      const parsed = args.schema.safeParse(JSON.parse(content))
      if (parsed.success) return parsed.data
      problem = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    } catch {
      problem = 'the answer was not valid JSON'
    }
    messages.push(
      { role: 'assistant', content },
      {
        role: 'user',
        content: `That ${args.what} is invalid (${problem}). Answer again with corrected JSON only.`,
      },
    )
  }
  throw new ProviderError(`The language model returned an invalid ${args.what}: ${problem}`, true)
}
