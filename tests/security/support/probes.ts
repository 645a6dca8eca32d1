import type { ApiClient } from '../../helpers/api'
import { type Persona, type PersonaName, type SecurityWorld, type Secret, visibleTo } from './world'

export type ProbeResponse = { status: number; text: string; body: any }

/** One request as one persona, and what its answer must be (a failure reason, or nothing when it holds). */
export type Probe = {
  label: string
  persona: PersonaName
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path?: string
  json?: unknown
  form?: () => Promise<FormData> | FormData
  headers?: Record<string, string>
  graphql?: { query: string; variables?: Record<string, unknown> }
  /** Another client than the persona's (a fresh sign-in, for probes that end their session). */
  client?: () => Promise<ApiClient>
  check?: (response: ProbeResponse) => string | undefined | Promise<string | undefined>
}

export const timings = new Map<string, number>()

export type ProbeTally = {
  probes: number
  leaks: string[]
  failures: string[]
  serverErrors: string[]
}

export const newTally = (): ProbeTally => ({ probes: 0, leaks: [], failures: [], serverErrors: [] })

/**
 * Secrets of other companies (and other users, and the platform) found in an answer. Ids the
 * request itself named may come back in an error message (a 4xx, or GraphQL's `errors`); the data
 * of a successful answer may not hold any.
 */
export function leaksIn(
  world: SecurityWorld,
  persona: Persona,
  response: ProbeResponse,
  named: string,
  extra: Secret[] = [],
): string[] {
  const isGraphql =
    response.body &&
    typeof response.body === 'object' &&
    ('data' in response.body || 'errors' in response.body) &&
    !('docs' in response.body)
  const text = isGraphql ? JSON.stringify(response.body.data ?? null) : response.text
  const mayEcho = response.status >= 400
  return [...world.secrets, ...extra]
    .filter((secret) => !visibleTo(persona, secret.scope))
    .filter((secret) => !(mayEcho && named.includes(secret.id)))
    .filter((secret) => text.includes(secret.id))
    .map((secret) => secret.label)
}

async function send(world: SecurityWorld, probe: Probe): Promise<ProbeResponse> {
  const api = probe.client ? await probe.client() : world.personas[probe.persona].api
  let response: Response | { status: number; body: unknown }
  if (probe.graphql) response = await api.graphql(probe.graphql.query, probe.graphql.variables)
  else {
    const form = probe.form ? await probe.form() : undefined
    response = await api.request(probe.method ?? 'GET', probe.path!, {
      json: probe.json,
      form,
      headers: probe.headers,
    })
  }
  if (!(response instanceof Response))
    return { status: response.status, body: response.body, text: JSON.stringify(response.body) }
  const text = await response.text()
  let body: unknown = null
  try {
    body = JSON.parse(text)
  } catch {
    body = null
  }
  return { status: response.status, text, body }
}

/**
 * Runs probes `concurrency` at a time (one Payload instance, real route handlers). Every answer is
 * scanned for other tenants' secrets and for 5xx; `check` decides the rest.
 */
export async function runProbes(
  world: SecurityWorld,
  probes: Probe[],
  tally: ProbeTally,
  options: { concurrency?: number; extraSecrets?: Secret[] } = {},
) {
  let next = 0
  const worker = async () => {
    while (next < probes.length) {
      const probe = probes[next++]!
      const persona = world.personas[probe.persona]
      const where = `${probe.persona} ${probe.label}`
      let response: ProbeResponse
      const started = performance.now()
      try {
        response = await send(world, probe)
        timings.set(
          probe.label
            .replace(/\/[0-9a-f-]{36}/g, '/:x')
            .split(' ')
            .slice(0, 2)
            .join(' '),
          (timings.get(probe.label.split(' ').slice(0, 2).join(' ')) ?? 0) +
            performance.now() -
            started,
        )
      } catch (error) {
        tally.probes++
        tally.failures.push(`${where}: threw ${(error as Error).stack ?? error}`)
        continue
      }
      tally.probes++
      if (response.status >= 500)
        tally.serverErrors.push(`${where}: ${response.status} ${response.text.slice(0, 300)}`)
      const named = `${probe.path ?? ''} ${JSON.stringify(probe.json ?? probe.graphql ?? '')}`
      const leaked = leaksIn(world, persona, response, named, options.extraSecrets)
      if (leaked.length > 0)
        tally.leaks.push(`${where}: ${response.status} reveals ${leaked.join(', ')}`)
      const failure = await probe.check?.(response)
      if (failure)
        tally.failures.push(
          `${where}: ${failure} (got ${response.status} ${response.text.slice(0, 200)})`,
        )
    }
  }
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker))
}

/** A readable list of what went wrong, for assertion messages. */
export const firstOf = (lines: string[], n = 25) =>
  lines.length ? `${lines.length} problems:\n${lines.slice(0, n).join('\n')}` : ''
