import type { Field } from 'payload'

const serverOnly = { create: () => false, update: () => false }

/** `status` and `failureReason`: the pipeline's to report (jobs write them), never a client's. */
export const progressFields = (statuses: readonly string[], initial: string): Field[] => [
  {
    name: 'status',
    type: 'select',
    options: [...statuses],
    defaultValue: initial,
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'failureReason',
    type: 'text',
    access: serverOnly,
    admin: { readOnly: true, condition: (data) => data?.status === 'FAILED' },
  },
]
