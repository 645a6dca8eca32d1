import { APIError } from 'payload'
import type { ZodError } from 'zod'

/**
 * A 4xx caused by the request. Its message is public (meant for the caller) and it is logged at
 * `info`, not as a server error (see `loggingLevels` in payload.config.ts). Errors keep Payload's
 * shape: `{ errors: [{ message }] }`.
 */
export class RequestError extends APIError {
  constructor(message: string, status: number, data?: Record<string, unknown>) {
    super(message, status, data, true)
    this.name = 'RequestError'
  }
}

export const badRequest = (message: string, field?: string) =>
  new RequestError(message, 400, field ? { errors: [{ path: field, message }] } : undefined)
export const unauthorized = (message = 'You must be signed in.') => new RequestError(message, 401)
export const forbidden = (message = 'You are not allowed to perform this action.') =>
  new RequestError(message, 403)
export const notFound = (what = 'Document') => new RequestError(`${what} not found.`, 404)
export const conflict = (message: string) => new RequestError(message, 409)

export const fromZodError = (error: ZodError) => {
  const issue = error.issues[0]
  const path = issue?.path.join('.') || 'body'
  return badRequest(`${path}: ${issue?.message ?? 'invalid value'}`, path)
}
