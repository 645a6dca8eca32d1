import { afterEach, describe, expect, it } from 'vitest'

import { createOpenAISpeechSynthesizer } from '../../src/lib/providers/openai/speechSynthesizer'
import { createOpenAIStoryboardWriter } from '../../src/lib/providers/openai/storyboardWriter'
import { ProviderError, type StoryboardRequest } from '../../src/lib/providers/types'
import { startStub } from '../helpers/stubs/server'

let stub: Awaited<ReturnType<typeof startStub>> | undefined
afterEach(async () => stub?.close())

const request: StoryboardRequest = {
  prompt: 'A red coupé at dawn',
  targetDuration: 15,
  kind: 'marketing',
  clipLengths: [5, 10],
  brand: { companyName: 'Apex', colors: { primary: '#112233' } },
}

const storyboard = (durations: number[]) =>
  JSON.stringify({
    characterDescription: 'a red two-door coupé with chrome trim',
    scenes: durations.map((suggestedDuration, i) => ({
      sceneTitle: `Scene ${i + 1}`,
      sceneSummary: 's',
      imagePrompt: 'p',
      suggestedDuration,
    })),
  })

/** OpenAI's chat completions protocol, answering with the given contents in turn. */
const chat = (answers: Array<string | { status: number }>) => {
  const queue = [...answers]
  return startStub(async (req) => {
    if (req.method !== 'POST' || req.path !== '/v1/chat/completions')
      return { status: 404, json: {} }
    const next = queue.shift() ?? ''
    if (typeof next === 'object')
      return {
        status: next.status,
        headers: next.status === 429 ? { 'retry-after': '3' } : ({} as Record<string, string>),
        json: { error: { message: 'stubbed failure', type: 'server_error' } },
      }
    return {
      json: {
        id: 'chatcmpl-1',
        object: 'chat.completion',
        created: 1,
        model: 'stub',
        choices: [
          { index: 0, finish_reason: 'stop', message: { role: 'assistant', content: next } },
        ],
      },
    }
  })
}

const writer = (base: string, timeoutMs?: number) =>
  createOpenAIStoryboardWriter({
    apiKey: 'sk-test',
    baseURL: `${base}/v1`,
    model: 'stub',
    timeoutMs,
  })

describe('OpenAI-compatible storyboard writer (real client against a protocol stub)', () => {
  it('returns a validated storyboard and sends brand and timing constraints', async () => {
    stub = await chat([storyboard([5, 10])])
    const result = await writer(stub.base).writeStoryboard(request)
    expect(result.scenes.map((s) => s.suggestedDuration)).toEqual([5, 10])
    const sent = JSON.parse(stub.requests[0]!.body)
    expect(sent.response_format).toEqual({ type: 'json_object' })
    expect(sent.messages[0].content).toMatch(/add up to 15/)
    expect(sent.messages[0].content).toMatch(/#112233/)
    expect(stub.requests[0]!.headers.authorization).toBe('Bearer sk-test')
  })

  it('repairs one malformed answer (bad JSON, wrong durations) by sending the problem back', async () => {
    stub = await chat(['{"characterDescription": "x", "scenes": [', storyboard([5, 10])])
    expect((await writer(stub.base).writeStoryboard(request)).scenes).toHaveLength(2)
    expect(JSON.parse(stub.requests[1]!.body).messages.at(-1).content).toMatch(/not valid JSON/)
    await stub.close()

    stub = await chat([storyboard([10, 10]), storyboard([10, 5])])
    expect((await writer(stub.base).writeStoryboard(request)).scenes).toHaveLength(2)
    expect(JSON.parse(stub.requests[1]!.body).messages.at(-1).content).toMatch(/add up to 15/)
  })

  it('gives up after the repair round with a retryable error', async () => {
    stub = await chat(['nonsense', 'still nonsense'])
    const error = await writer(stub.base)
      .writeStoryboard(request)
      .catch((e) => e)
    expect(error).toBeInstanceOf(ProviderError)
    expect(error).toMatchObject({ retryable: true })
    expect(stub.requests).toHaveLength(2)
  })

  it('maps 429 and 500 to retryable errors (no client-side retries) and 400 to a final one', async () => {
    for (const [status, retryable] of [
      [429, true],
      [500, true],
      [400, false],
    ] as const) {
      stub = await chat([{ status }])
      const error = await writer(stub.base)
        .writeStoryboard(request)
        .catch((e) => e)
      expect(error).toMatchObject({
        retryable,
        status,
        retryAfterSeconds: status === 429 ? 3 : undefined,
      })
      expect(stub.requests).toHaveLength(1)
      await stub.close()
      stub = undefined
    }
  })

  it('times out as a retryable error', async () => {
    stub = await startStub(() => new Promise(() => {}))
    const error = await writer(stub.base, 200)
      .writeStoryboard(request)
      .catch((e) => e)
    expect(error).toMatchObject({ retryable: true })
  })
})

/** A mono 16-bit PCM WAV of `seconds` of silence; `dataSize` overrides the header like a streamed answer. */
const wav = (seconds: number, sampleRate = 24_000, dataSize?: number) => {
  const bytes = Math.round(seconds * sampleRate) * 2
  const header = Buffer.alloc(44)
  header.write('RIFF', 0, 'ascii')
  header.writeUInt32LE(36 + bytes, 4)
  header.write('WAVEfmt ', 8, 'ascii')
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(1, 22)
  header.writeUInt32LE(sampleRate, 24)
  header.writeUInt32LE(sampleRate * 2, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36, 'ascii')
  header.writeUInt32LE(dataSize ?? bytes, 40)
  return Buffer.concat([header, Buffer.alloc(bytes)])
}

/** OpenAI's speech protocol, answering with the given responses in turn. */
const speech = (answers: Array<Buffer | { status: number; headers?: Record<string, string> }>) => {
  const queue = [...answers]
  return startStub(async (req) => {
    if (req.method !== 'POST' || req.path !== '/v1/audio/speech') return { status: 404, json: {} }
    const next = queue.shift() ?? { status: 500 }
    if (!Buffer.isBuffer(next))
      return {
        status: next.status,
        headers: next.headers,
        json: { error: { message: 'stubbed failure', type: 'invalid_request_error' } },
      }
    return { headers: { 'content-type': 'audio/wav' }, body: next }
  })
}

const synthesizer = (base: string, timeoutMs?: number) =>
  createOpenAISpeechSynthesizer({
    apiKey: 'sk-test',
    baseURL: `${base}/v1`,
    voice: 'nova',
    timeoutMs,
  })

describe('OpenAI speech synthesizer (real client against a protocol stub)', () => {
  it('asks for WAV with the voice and measures the duration from the header', async () => {
    stub = await speech([wav(1.5)])
    const audio = await synthesizer(stub.base).synthesize({
      text: 'Check the hydraulic pressure first.',
    })
    expect(audio).toMatchObject({ mimeType: 'audio/wav', ext: 'wav', durationSeconds: 1.5 })
    expect(JSON.parse(stub.requests[0]!.body)).toMatchObject({
      model: 'gpt-4o-mini-tts',
      voice: 'nova',
      response_format: 'wav',
      input: 'Check the hydraulic pressure first.',
    })
  })

  it('measures streamed WAVs whose header carries a placeholder data size', async () => {
    stub = await speech([wav(2, 24_000, 0xffffffff)])
    const audio = await synthesizer(stub.base).synthesize({ text: 'Hello', voice: 'alloy' })
    expect(audio.durationSeconds).toBe(2)
    expect(JSON.parse(stub.requests[0]!.body)).toMatchObject({ voice: 'alloy' })
  })

  it('maps 429 (with Retry-After) and 500 to retryable errors, 400 and non-WAV answers to final ones', async () => {
    const cases = [
      [
        { status: 429, headers: { 'retry-after': '7' } },
        { retryable: true, status: 429, retryAfterSeconds: 7 },
      ],
      [{ status: 500 }, { retryable: true, status: 500 }],
      [{ status: 400 }, { retryable: false, status: 400 }],
      [Buffer.from('ID3 not a wav'), { retryable: false }],
    ] as const
    for (const [answer, expected] of cases) {
      stub = await speech([answer])
      const error = await synthesizer(stub.base)
        .synthesize({ text: 'Hello' })
        .catch((e) => e)
      expect(error).toBeInstanceOf(ProviderError)
      expect(error).toMatchObject(expected)
      expect(stub.requests).toHaveLength(1)
      await stub.close()
      stub = undefined
    }
  })

  it('times out as a retryable error', async () => {
    stub = await startStub(() => new Promise(() => {}))
    const error = await synthesizer(stub.base, 200)
      .synthesize({ text: 'Hello' })
      .catch((e) => e)
    expect(error).toBeInstanceOf(ProviderError)
    expect(error).toMatchObject({ retryable: true })
  })
})
