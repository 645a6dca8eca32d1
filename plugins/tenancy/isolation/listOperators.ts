import type { Payload, Where } from 'payload'

import { nothing } from '../../../src/lib/access'

/**
 * `in` and `not_in` take lists, in every database call. The Postgres adapter mishandles them on
 * polymorphic relationships (`document.value`, `user.value`):
 * - an empty `in` list was dropped, so Payload's own `deleteUserPreferences` — called by every
 *   delete on `users` with the ids it deleted, none when the caller may delete none — once
 *   deleted every user's preferences on the platform. An empty `in` now matches nothing;
 * - a single value (`?where[document.value][in]=<id>` from a query string) became invalid SQL
 *   (a 500). Strings are split on commas, as Payload does for other fields.
 */
export function normaliseListOperators(payload: Payload) {
  const db = payload.db as unknown as Record<string, unknown>
  for (const method of [
    'count',
    'countVersions',
    'deleteMany',
    'deleteOne',
    'deleteVersions',
    'find',
    'findOne',
    'findVersions',
    'queryDrafts',
    'updateMany',
    'updateOne',
    'updateJobs',
  ]) {
    const original = db[method]
    if (typeof original !== 'function') continue
    db[method] = (args: { where?: Where } | undefined, ...rest: unknown[]) =>
      original.call(
        payload.db,
        args?.where ? { ...args, where: withListOperands(args.where) } : args,
        ...rest,
      )
  }
}

const asList = (value: unknown): unknown[] =>
  Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(',').map((part) => part.trim())
      : value && typeof value === 'object'
        ? Object.values(value)
        : [value]

export function withListOperands(where: Where): Where {
  const kept: Where = {}
  let matchesNothing = false
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      kept[key] = (value as Where[]).map(withListOperands)
      continue
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      kept[key] = value
      continue
    }
    const operators = { ...(value as Record<string, unknown>) }
    for (const operator of ['in', 'not_in'] as const)
      if (operator in operators) operators[operator] = asList(operators[operator])
    if (Array.isArray(operators.in) && operators.in.length === 0) {
      matchesNothing = true
      delete operators.in
    }
    // Nothing to exclude: the condition holds for every document.
    if (Array.isArray(operators.not_in) && operators.not_in.length === 0) delete operators.not_in
    if (Object.keys(operators).length > 0) kept[key] = operators as Where[string]
  }
  return matchesNothing ? { and: [kept, nothing()] } : kept
}
