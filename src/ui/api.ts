/**
 * The browser's way to the REST API: same-origin, the session cookie rides along, and a failure
 * becomes an `ApiError` carrying the server's own message (`{ errors: [{ message }] }`).
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

type JsonBody = Record<string, unknown> | unknown[]

export async function api<T = unknown>(
  path: string,
  init: Omit<RequestInit, 'body'> & { json?: JsonBody; body?: BodyInit } = {},
): Promise<T> {
  const { json, headers, ...rest } = init
  const response = await fetch(path, {
    credentials: 'same-origin',
    ...rest,
    headers: {
      Accept: 'application/json',
      ...(json ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: json ? JSON.stringify(json) : init.body,
  }).catch((error: unknown) => {
    // fetch rejects only when no answer came at all: say that, not "Failed to fetch".
    if (error instanceof Error && error.name === 'AbortError') throw error
    throw new ApiError('The server could not be reached. Check the connection and retry.', 0)
  })
  const text = await response.text()
  const data = text ? safeJson(text) : null
  if (!response.ok) {
    const errors = (
      data as {
        errors?: Array<{
          message?: string
          data?: { errors?: Array<{ message?: string; path?: string }> }
        }>
      } | null
    )?.errors
    const first = errors?.[0]
    const detail = first?.data?.errors
      ?.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))
      .join('; ')
    throw new ApiError(
      detail || first?.message || `The server answered ${response.status}.`,
      response.status,
    )
  }
  return data as T
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** A message for any thrown value, for display. */
export const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error)
