/**
 * The dotted path of the first string (value or key) holding a NUL character in `value`, '' for
 * the value itself, or null when there is none. Postgres cannot store NUL in text.
 */
export function nulCharacterPath(
  value: unknown,
  path = '',
  seen = new Set<object>(),
): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null
  if (!value || typeof value !== 'object' || seen.has(value)) return null
  // Uploaded file contents are bytes, not text.
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value) || value instanceof ArrayBuffer)
    return null
  seen.add(value)
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key
    if (key.includes('\u0000')) return childPath
    const found = nulCharacterPath(child, childPath, seen)
    if (found !== null) return found
  }
  return null
}
