const error = (message: string, status: number) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * Payload's GraphQL route parses a JSON body outside its error handling, so a malformed one
 * escapes as a 500, and other content types get an answer without a message. The app's proxy
 * (src/proxy.ts) answers both first, with the reason.
 */
export async function refuseMalformedGraphqlBody(request: Request): Promise<Response | undefined> {
  if (request.method !== 'POST') return undefined
  const contentType = (request.headers.get('content-type') ?? '')
    .split(';', 1)[0]!
    .trim()
    .toLowerCase()
  if (contentType === 'multipart/form-data') return undefined
  if (contentType !== 'application/json') {
    return error(
      'GraphQL requests must be sent as application/json (or multipart/form-data for uploads).',
      415,
    )
  }
  const text = await request.clone().text()
  try {
    if (text.trim()) JSON.parse(text)
    return undefined
  } catch {
    return error('The request body is not valid JSON.', 400)
  }
}
