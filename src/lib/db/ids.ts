/** A relationship arrives as an id or, when populated, as the document: its id either way. */
export const idOf = (value: unknown): string | null => {
  if (!value) return null
  if (typeof value === 'string') return value
  if (
    typeof value === 'object' &&
    'id' in value &&
    (typeof value.id === 'string' || typeof value.id === 'number')
  )
    return String(value.id)
  return null
}
