import { type Audience, audiences, type CollectionPolicy } from '../policy'
import type { PersonaName } from './world'
import type { ProbeResponse } from './probes'

export type Outcome = 'allow' | 'hidden' | 'deny'

export const allows = (audience: Audience, persona: PersonaName) =>
  (audiences[audience] as readonly string[]).includes(persona)

/**
 * What the table says `persona` gets for `cell` on a document of A: allowed; "not found" for a
 * signed-in persona who may not read the document; refused otherwise.
 */
export function outcomeOf(policy: CollectionPolicy, cell: Audience, persona: PersonaName): Outcome {
  if (allows(cell, persona)) return 'allow'
  if (persona !== 'anonymous' && tenantScoped.has(policy.read) && !allows(policy.read, persona))
    return 'hidden'
  return 'deny'
}

/** Reads filtered per company or user: the ones where "forbidden" would confirm that a document exists. */
const tenantScoped = new Set<Audience>(['company', 'companyAndOperator', 'ownUser'])

/** The status the outcome requires (a by-id route): 2xx; 404; or 401/403 (404 reveals no more). */
export function statusFails(
  outcome: Outcome,
  status: number,
  allowStatuses: number[] = [],
): string | undefined {
  if (outcome === 'allow')
    return (status >= 200 && status < 300) || allowStatuses.includes(status)
      ? undefined
      : `expected 2xx (allowed)`
  if (outcome === 'hidden')
    return status === 404
      ? undefined
      : 'expected 404 (another company’s document does not exist for them)'
  return [401, 403, 404].includes(status) ? undefined : 'expected 401/403 (refused)'
}

/** Ids of the documents in a REST list answer. */
export const listedIds = (response: ProbeResponse): string[] =>
  Array.isArray(response.body?.docs)
    ? response.body.docs.map((doc: { id?: unknown }) => String(doc?.id))
    : []
