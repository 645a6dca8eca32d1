import type { AfterErrorHook, CollectionBeforeOperationHook } from 'payload'

import { badRequest } from '../../../src/lib/http/errors'
import { nulCharacterPath } from '../../../src/lib/http/nulCharacters'
import { describeType, wrongTypeField } from './fieldTypes'

/**
 * Data a collection operation cannot store is refused before it reaches the database, with a 400
 * that names the field — for REST, GraphQL and the Local API alike: a body that is not an object
 * (a text/plain or form-encoded body leaves none), NUL characters, which Postgres refuses in
 * text, in the data written or in the query filtered by, and texts or documents too large for
 * any field (megabyte strings where no `maxLength` says so, Payload's own collections included).
 */
export const refuseMalformedData: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
}) => {
  const { data, where } = args as { data?: unknown; where?: unknown }
  if (operation === 'create' || operation === 'update') {
    if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) {
      throw badRequest(
        'The request body must be a JSON object (Content-Type: application/json) or multipart form data.',
        'body',
      )
    }
    const path = nulCharacterPath(data)
    if (path !== null)
      throw badRequest(`${path || 'body'}: text must not contain NUL characters.`, path || 'body')
    const wrong = wrongTypeField(collection.flattenedFields, data as Record<string, unknown>)
    if (wrong) throw badRequest(`${wrong.name}: not a valid ${describeType(wrong)}.`, wrong.name)
    // Payload's auth fields run string methods before validating (`email.toLowerCase()`).
    if (collection.auth)
      for (const field of ['email', 'username', 'password'])
        if (field in data && !isTextOrEmpty((data as Record<string, unknown>)[field]))
          throw badRequest(`${field}: must be text.`, field)
    // Clients' writes only: jobs store long texts (manual pages) through the Local API.
    if ((args as { overrideAccess?: boolean }).overrideAccess !== true) refuseOversized(data)
  }
  if (usesGeoOperator(where))
    throw badRequest(
      'near, within and intersects apply to point fields, and no collection has one.',
      'where',
    )
  const inQuery = nulCharacterPath(where)
  if (inQuery !== null)
    throw badRequest(
      `where${inQuery ? `.${inQuery}` : ''}: a query must not contain NUL characters.`,
      'where',
    )
  return args
}

const isTextOrEmpty = (value: unknown) =>
  value === undefined || value === null || typeof value === 'string'

/** No field of a client's write holds more text than this; fields with a `maxLength` say less. */
export const MAX_TEXT = 64 * 1024
/** A client's whole document (fields without their own limit: JSON values, Payload's own collections). */
export const MAX_DOCUMENT = 1024 * 1024

function refuseOversized(data: object) {
  const long = longTextPath(data)
  if (long !== null) throw badRequest(`${long}: text longer than ${MAX_TEXT} characters.`, long)
  if (JSON.stringify(data).length > MAX_DOCUMENT)
    throw badRequest(`The document is larger than ${MAX_DOCUMENT} bytes.`, 'body')
}

function longTextPath(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return value.length > MAX_TEXT ? path || 'body' : null
  if (
    !value ||
    typeof value !== 'object' ||
    depth > 20 ||
    Buffer.isBuffer(value) ||
    ArrayBuffer.isView(value)
  )
    return null
  for (const [key, child] of Object.entries(value)) {
    const found = longTextPath(child, path ? `${path}.${key}` : key, depth + 1)
    if (found !== null) return found
  }
  return null
}

const geoOperators = new Set(['near', 'within', 'intersects'])

function usesGeoOperator(where: unknown): boolean {
  if (!where || typeof where !== 'object') return false
  return Object.entries(where).some(
    ([key, value]) => geoOperators.has(key) || usesGeoOperator(value),
  )
}

/**
 * The last line for bad input that reaches the database (a malformed id in a filter, a negative
 * page, a wrong type): Postgres' "data exception" class (SQLSTATE 22xxx) is the caller's mistake,
 * so it answers 400 with the reason instead of 500. Anything else stays a server error.
 */
export const badInputIsNotServerError: AfterErrorHook = ({ error }) => {
  // A multipart `_payload` field that is not JSON: Payload parses it without a guard.
  if (error instanceof SyntaxError)
    return {
      status: 400,
      response: { errors: [{ message: 'The request body is not valid JSON.' }] },
    }
  const code = sqlState(error)
  if (!code?.startsWith('22')) return
  const reason = databaseMessage(error) ?? 'invalid value'
  return {
    status: 400,
    response: { errors: [{ message: `A value in the request is not valid: ${reason}.` }] },
  }
}

function sqlState(error: unknown): string | undefined {
  for (
    let e: unknown = error, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
  }
  return undefined
}

function databaseMessage(error: unknown): string | undefined {
  for (
    let e: unknown = error, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    if (typeof (e as { code?: unknown }).code === 'string')
      return String((e as { message?: unknown }).message)
  }
  return undefined
}
