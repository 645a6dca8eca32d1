import { createHash } from 'node:crypto'
import type { Endpoint } from 'payload'

import { readableOr404 } from '../../../src/lib/access'
import { conflict, RequestError } from '../../../src/lib/http/errors'
import { routeId } from '../../../src/lib/http/request'
import { ProviderError } from '../../../src/lib/providers/types'
import { trainingProvidersFromEnv } from '../services/providers'

/**
 * `GET /api/scenes/:id/narration`: the scene's voiceover text spoken by the render's voice, so
 * a writer can listen before rendering (the admin's "Listen" player). Spoken on request, never
 * stored; the text's hash is the ETag, so a browser asks again only after the text changed.
 */
export const sceneNarration: Endpoint = {
  path: '/:id/narration',
  method: 'get',
  handler: async (req) => {
    const scene = await readableOr404(req, 'scenes', routeId(req, 'id', 'Scene'), { what: 'Scene' })
    const text = scene.voiceoverText?.trim()
    if (!text) throw conflict('The scene has no voiceover text to speak.')
    const { speech } = trainingProvidersFromEnv()
    const etag = `"${createHash('sha256').update(`${speech.name}\n${text}`).digest('base64url').slice(0, 27)}"`
    const headers = { etag, 'cache-control': 'private, no-cache' }
    if (req.headers.get('if-none-match') === etag)
      return new Response(null, { status: 304, headers })
    const audio = await speech.synthesize({ text }).catch((error: unknown) => {
      if (error instanceof ProviderError)
        throw new RequestError(`The narration could not be spoken: ${error.message}`, 502)
      throw error
    })
    return new Response(new Uint8Array(audio.data), {
      headers: {
        ...headers,
        'content-type': audio.mimeType,
        'content-length': String(audio.data.length),
      },
    })
  },
}
