import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local OpenAI-compatible chat server that writes storyboards (`POST /chat/completions`), so
 * the app's real OpenAI client is exercised. `POST /__control { "failing": true }` makes it answer
 * 503 until switched back: the failure spec's "provider that fails".
 */
export async function startLlmStub(port: number) {
  let failing = false
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {}
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(json))
    }
    if (req.url === '/__control') {
      failing = Boolean(body.failing)
      return reply(200, { failing })
    }
    if (!req.url?.endsWith('/chat/completions')) return reply(404, { error: { message: 'not found' } })
    if (failing) return reply(503, { error: { message: 'The storyboard model is overloaded, try again shortly' } })
    return reply(200, { id: 'stub', object: 'chat.completion', model: body.model, choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: JSON.stringify(storyboard(body)) } }] })
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
