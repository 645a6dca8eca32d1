import { addDataAndFileToRequest, type PayloadRequest } from 'payload'
import { z, type ZodType } from 'zod'

import { badRequest, fromZodError, notFound, unauthorized } from './errors'
import { nulCharacterPath } from './nulCharacters'

export type SignedInRequest = PayloadRequest & { user: NonNullable<PayloadRequest['user']> }

export function requireUser(req: PayloadRequest): asserts req is SignedInRequest {
  if (!req.user) throw unauthorized()
}

export function parse<T>(schema: ZodType<T>, value: unknown): T {
  // Postgres cannot store NUL in text: refuse it here rather than as a database error.
  const nul = nulCharacterPath(value)
  if (nul !== null)
    throw badRequest(`${nul || 'body'}: text must not contain NUL characters.`, nul || 'body')
  const result = schema.safeParse(value)
  if (!result.success) throw fromZodError(result.error)
  return result.data
}

/** JSON body (or multipart fields) validated by `schema`; malformed JSON is a 400, not a 500. */
export async function readBody<T>(req: PayloadRequest, schema: ZodType<T>): Promise<T> {
  const contentType = req.headers.get('content-type') ?? ''
  if (contentType.includes('multipart/form-data')) {
    await addDataAndFileToRequest(req)
    return parse(schema, req.data ?? {})
  }
  let body: unknown = {}
  try {
    const text = req.text ? await req.text() : ''
    body = text.trim() ? JSON.parse(text) : {}
  } catch {
    throw badRequest('The request body is not valid JSON.', 'body')
  }
  return parse(schema, body)
}

const uuid = z.uuid()

/** Route ids are UUIDs; anything else cannot name a document, so it is not found. */
export function routeId(req: PayloadRequest, name: string, what = 'Document'): string {
  const value = req.routeParams?.[name]
  const result = uuid.safeParse(value)
  if (!result.success) throw notFound(what)
  return result.data
}

export const json = (data: unknown, status = 200, headers?: HeadersInit) =>
  Response.json(data, { status, headers })
