import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type StubRequest = {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: string
}
export type StubResponse = {
  status?: number
  headers?: Record<string, string>
  json?: unknown
  body?: Buffer | string
}
export type StubHandler = (
  request: StubRequest,
  base: string,
) => StubResponse | Promise<StubResponse>

/** A tiny HTTP server on 127.0.0.1 speaking whatever protocol `handler` implements; it records requests. */
export async function startStub(handler: StubHandler) {
  const requests: StubRequest[] = []
  let base = ''
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const request = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      body: Buffer.concat(chunks).toString(),
    }
    requests.push(request)
    const response = await handler(request, base)
    const body = response.json !== undefined ? JSON.stringify(response.json) : (response.body ?? '')
    res.writeHead(response.status ?? 200, {
      ...(response.json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...response.headers,
    })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    base,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
