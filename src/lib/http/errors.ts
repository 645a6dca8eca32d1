import { APIError } from 'payload'
import type { ZodError } from 'zod'

/** Errors keep Payload's shape (`{ errors: [{ message }] }`) and are public: the message is for the caller. */
export const badRequest = (message: string, field?: string) =>
  new APIError(message, 400, field ? [{ path: field, message }] : undefined, true)
export const unauthorized = (message = 'You must be signed in.') => new APIError(message, 401, undefined, true)
export const forbidden = (message = 'You are not allowed to perform this action.') =>
  new APIError(message, 403, undefined, true)
export const notFound = (what = 'Document') => new APIError(`${what} not found.`, 404, undefined, true)
export const conflict = (message: string) => new APIError(message, 409, undefined, true)

export const fromZodError = (error: ZodError) => {
  const issue = error.issues[0]
  const path = issue?.path.join('.') || 'body'
  return badRequest(`${path}: ${issue?.message ?? 'invalid value'}`, path)
}
