import type { FieldAccess } from 'payload'

/** Set by the server only. */
export const nobody: FieldAccess = () => false
