import type { Payload, Where } from 'payload'

/** Matches nothing (no document lacks an id). */
const nothing: Where = { id: { exists: false } }

/**
 * `{ field: { in: [] } }` must match nothing. The Postgres adapter drops the condition on a
 * polymorphic relationship (`user.value`), so Payload's own `deleteUserPreferences` — called by
 * every delete on `users` with the ids it deleted, none when the caller may delete none — once
 * deleted every user's preferences on the platform. Every database call is normalised here.
 */
export function emptyListsMatchNothing(payload: Payload) {
  const db = payload.db as unknown as Record<string, unknown>
  for (const method of ['count', 'countVersions', 'deleteMany', 'deleteOne', 'deleteVersions', 'find', 'findOne', 'findVersions', 'queryDrafts', 'updateMany', 'updateOne', 'updateJobs']) {
    const original = db[method]
    if (typeof original !== 'function') continue
    db[method] = (args: { where?: Where } | undefined, ...rest: unknown[]) =>
      original.call(payload.db, args?.where ? { ...args, where: withoutEmptyLists(args.where) } : args, ...rest)
  }
}

export function withoutEmptyLists(where: Where): Where {
  const kept: Where = {}
  let matchesNothing = false
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      kept[key] = (value as Where[]).map(withoutEmptyLists)
      continue
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      kept[key] = value
      continue
    }
    const operators = { ...(value as Record<string, unknown>) }
    if (Array.isArray(operators.in) && operators.in.length === 0) {
      matchesNothing = true
      delete operators.in
    }
    // Nothing to exclude: the condition holds for every document.
    if (Array.isArray(operators.not_in) && operators.not_in.length === 0) delete operators.not_in
    if (Object.keys(operators).length > 0) kept[key] = operators as Where[string]
  }
  return matchesNothing ? { and: [kept, nothing] } : kept
}
