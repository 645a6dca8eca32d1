/** The largest body any route takes: a car's 3D model (2 GiB, `car-catalog` options) and its form. */
export const MAX_REQUEST_BYTES = 2048 * 1024 * 1024 + 1024 * 1024

/** Bodies up to this size are checked whole before Payload sees them. */
const CHECKED_BYTES = 64 * 1024 * 1024

type Handler = (request: Request, context: never) => Promise<Response> | Response

const refusal = (message: string, status: number) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * Multipart bodies, checked on their way into Payload's REST routes (its upload collections parse
 * them with their own busboy, which answers a body cut short with a 500 and an unhandled
 * rejection): a declared length above any limit is refused unread (413), and a body that ends
 * before its closing boundary is refused (400).
 */
export function guardMultipart<H extends Handler>(handler: H): H {
  return (async (request: Request, context: never) => {
    const contentType = request.headers.get('content-type') ?? ''
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
    if (!contentType.toLowerCase().startsWith('multipart/') || !request.body || !boundary)
      return handler(request, context)
    const declared = Number(request.headers.get('content-length') ?? '')
    if (Number.isFinite(declared) && declared > MAX_REQUEST_BYTES)
      return refusal(`The request body is larger than ${MAX_REQUEST_BYTES} bytes.`, 413)
    // A body of unknown or modest length is read first: Payload's parser keeps such files in
    // memory anyway, and one cut short would make it answer 500. Larger ones stream through.
    if (Number.isFinite(declared) && declared > CHECKED_BYTES) return handler(request, context)
    const bytes = Buffer.from(await request.arrayBuffer())
    if (bytes.length > CHECKED_BYTES)
      return refusal(
        `A body without a declared length may have at most ${CHECKED_BYTES} bytes.`,
        413,
      )
    const closing = Buffer.from(`--${boundary[1] ?? boundary[2]}--`)
    if (!bytes.subarray(-(closing.length + 8)).includes(closing))
      return refusal(
        'The multipart body ends before its closing boundary: the upload was cut short.',
        400,
      )
    const forwarded = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: bytes,
      signal: request.signal,
    })
    return handler(forwarded, context)
  }) as H
}
