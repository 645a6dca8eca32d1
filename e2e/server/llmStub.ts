import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local OpenAI-compatible chat server that writes storyboards (`POST /chat/completions`), so
 * the app's real OpenAI client is exercised. `POST /__control { "failing": true }` makes it answer
 * 503 until switched back: the failure spec's "provider that fails"; `{ "delayMs": 8000 }` makes
 * it answer that late, so a spec can see a storyboard job while it runs.
 */
export async function startLlmStub(port: number) {
  let failing = false
  // Slows every answer (ms): lets a spec see what the UI shows while a script is being written.
  let delayMs = 0
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {}
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(json))
    }
    if (req.url === '/__control') {
      if ('failing' in body) failing = Boolean(body.failing)
      if ('delayMs' in body) delayMs = Number(body.delayMs) || 0
      return reply(200, { failing, delayMs })
    }
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs))
    if (!req.url?.endsWith('/chat/completions'))
      return reply(404, { error: { message: 'not found' } })
    if (failing)
      return reply(503, {
        error: { message: 'The storyboard model is overloaded, try again shortly' },
      })
    const answer = isTrainingScript(body) ? trainingScript(body) : storyboard(body)
    return reply(200, {
      id: 'stub',
      object: 'chat.completion',
      model: body.model,
      choices: [
        {
          index: 0,
          finish_reason: 'stop',
          message: { role: 'assistant', content: JSON.stringify(answer) },
        },
      ],
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** A storyboard that obeys the request's constraints (read from its instructions): 5 s scenes adding up to the target. */
function storyboard(body: { messages?: Array<{ role: string; content: string }> }) {
  const system = body.messages?.find((m) => m.role === 'system')?.content ?? ''
  const prompt = body.messages?.find((m) => m.role === 'user')?.content ?? ''
  const target = Number(/(\d+)-second/.exec(system)?.[1] ?? 15)
  const titles = ['Opening', 'Reveal', 'Detail', 'Motion', 'Atmosphere', 'Finale']
  const count = Math.max(1, Math.round(target / 5))
  return {
    characterDescription: 'A sleek red coupe with a glass roof',
    scenes: Array.from({ length: count }, (_, index) => ({
      sceneTitle: titles[Math.min(index, titles.length - 1)],
      sceneSummary: `${titles[Math.min(index, titles.length - 1)]}: ${prompt}`.slice(0, 300),
      imagePrompt: `A sleek red coupe with a glass roof. ${prompt}`.slice(0, 500),
      negativePrompt: 'blurry, distorted',
      suggestedDuration: 5,
    })),
  }
}

type ChatBody = { messages?: Array<{ role: string; content: string }> }

const isTrainingScript = (body: ChatBody) =>
  /maintenance training video/.test(body.messages?.find((m) => m.role === 'system')?.content ?? '')

/**
 * A training script as the model is asked for it: three short steps, each the opening (two
 * sentences) of a numbered manual passage it cites (short narration keeps the e2e renders quick), or generic
 * steps without passages.
 */
function trainingScript(body: ChatBody) {
  const brief = body.messages?.find((m) => m.role === 'user')?.content ?? ''
  const passages = [...brief.matchAll(/^\[(\d+)\] \([^)]*\) (.+)$/gm)].map((m) => ({
    n: Number(m[1]),
    text: m[2]!,
  }))
  const opening = (text: string) =>
    /^(?:.*?[.!?](?=\s|$)){1,2}/.exec(text)?.[0] ?? text.slice(0, 160)
  const steps = passages.length
    ? [...passages]
        .sort((a, b) => a.n - b.n)
        .slice(0, 3)
        .map((p) => ({ voiceover_text: opening(p.text), sources: [p.n] }))
    : []
  const generic = ['Switch the unit off and isolate it.', 'Replace the part.', 'Test the unit.']
  while (steps.length < 3) steps.push({ voiceover_text: generic[steps.length]!, sources: [] })
  const line = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(brief)?.[1]
  const title = [line('Task type') ?? line('Task'), line('Equipment')].filter(Boolean).join(' — ')
  return { title: title.slice(0, 120) || 'Training video', scenes: steps }
}
