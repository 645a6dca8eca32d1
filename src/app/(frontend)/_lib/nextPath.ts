/** Where to go after signing in: only a path on this site (never another origin). */
export function safeNext(next: string | string[] | undefined, fallback = '/projects'): string {
  const value = Array.isArray(next) ? next[0] : next
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return fallback
  return value
}
