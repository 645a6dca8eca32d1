import { PASSWORD } from '../../helpers/fixtures'
import { formWith, pngBytes } from '../../helpers/media'
import type { SecurityWorld } from './world'

/**
 * How the write probes address each collection: a field they write a probe-unique value to (so a
 * refused write can be told from an allowed one without racing the other probes), and a create
 * body that names company A's parent documents (or A's company, which the server must ignore).
 * Upload collections create through multipart with a file named after the token.
 */
export type Sample = {
  field: string
  value: (n: number) => string | number
  create: (
    w: SecurityWorld,
    token: string | number,
  ) => { json?: Record<string, unknown>; form?: () => Promise<FormData> }
  /** Extra list query parameters (projects list only the caller's own unless asked for the company's). */
  listQuery?: string
  /** Uploads cannot be created through GraphQL (no file): every persona is refused there. */
  restOnlyCreate?: boolean
  /** A unique index refuses an exact copy: an allowed duplicate answers 409 with the reason (or Payload's 400 "Value must be unique"). */
  duplicateConflicts?: boolean
  /**
   * One document per company (a unique index on `company`): an allowed create in a company that
   * already holds its document is refused (400 "Value must be unique") and stores nothing; fresh copies for allowed deletes
   * cannot exist beside A's, so A's own document is deleted last (see `allowedDeleteProbes`).
   */
  onePerCompany?: boolean
  /** Reads by key, not id (`GET /payload-preferences/:key` shadows `GET /:id`). */
  byKey?: string
}

const text = (n: number) => `probe-${n}`
const upload = (fields: Record<string, unknown>) => (token: string | number) => ({
  form: async () =>
    formWith(
      { _payload: JSON.stringify(fields) },
      { bytes: await pngBytes('#a0a0a0', 16), name: `${token}.png`, type: 'image/png' },
    ),
})

export const samples: Record<string, Sample> = {
  companies: { field: 'name', value: text, create: (w, t) => ({ json: { name: t } }) },
  users: {
    field: 'name',
    value: text,
    create: (w, t) => ({
      json: {
        email: `${t}@example.test`,
        name: t,
        password: PASSWORD,
        role: 'MEMBER',
        company: w.a.company.id,
      },
    }),
  },
  'company-assets': {
    field: 'originalFilename',
    value: text,
    create: (w, t) => upload({ type: 'LOGO', company: w.a.company.id })(t),
    restOnlyCreate: true,
  },
  'brand-guidelines': {
    field: 'title',
    value: text,
    create: (w, t) => ({ json: { title: t, company: w.a.company.id } }),
    duplicateConflicts: true,
    onePerCompany: true,
  },
  'car-models': {
    field: 'name',
    value: text,
    create: (w, t) => ({ json: { name: t, company: w.a.company.id } }),
  },
  'car-variants': {
    field: 'trim',
    value: text,
    create: (w, t) => ({ json: { model: w.docsA['car-models'], year: 2020, trim: t } }),
    duplicateConflicts: true,
  },
  'car-media': {
    field: 'originalFilename',
    value: text,
    create: (w, t) => upload({ variant: w.docsA['car-variants'], type: 'EXTERIOR' })(t),
    restOnlyCreate: true,
  },
  projects: {
    field: 'name',
    value: text,
    create: (w, t) => ({
      json: { name: t, prompt: 'probe', targetDuration: 15, company: w.a.company.id },
    }),
    listQuery: 'scope=company',
  },
  scenes: {
    field: 'sceneTitle',
    value: text,
    create: (w, t) => ({ json: { project: w.docsA.projects, sceneNumber: 1, sceneTitle: t } }),
  },
  'generated-images': {
    field: 'prompt',
    value: text,
    create: (w, t) => ({ json: { scene: w.docsA.scenes, prompt: t } }),
  },
  'generated-videos': {
    field: 'prompt',
    value: text,
    create: (w, t) => ({ json: { scene: w.docsA.scenes, prompt: t } }),
  },
  'seed-frames': {
    field: 'frameIndex',
    value: (n) => n,
    create: (w, t) => ({ json: { scene: w.docsA.scenes, frameIndex: t } }),
  },
  'timeline-clips': {
    field: 'title',
    value: text,
    create: (w, t) => ({
      json: { project: w.docsA.projects, title: t, order: 0, startTime: 0, duration: 1 },
    }),
  },
  'final-videos': {
    field: 'duration',
    value: (n) => n,
    create: (w, t) => ({ json: { project: w.docsA.projects, duration: t } }),
  },
  'uploaded-images': {
    field: 'originalFilename',
    value: text,
    create: (w, t) => upload({ project: w.docsA.projects })(t),
    restOnlyCreate: true,
  },
  'replicate-predictions': {
    field: 'error',
    value: text,
    create: (w, t) => ({ json: { predictionId: t, status: 'succeeded', error: t } }),
  },
  'training-equipment': {
    field: 'name',
    value: text,
    create: (w, t) => ({ json: { name: t, company: w.a.company.id } }),
  },
  'equipment-files': {
    field: 'originalFilename',
    value: text,
    create: (w, t) => upload({ equipment: w.docsA['training-equipment'], fileType: 'image' })(t),
    restOnlyCreate: true,
  },
  'manual-pages': {
    field: 'text',
    value: text,
    create: (w, t) => ({
      json: {
        equipment: w.docsA['training-equipment'],
        file: w.docsA['equipment-files'],
        page: 1,
        text: t,
      },
    }),
  },
  'payload-kv': { field: 'key', value: text, create: (w, t) => ({ json: { key: t, data: {} } }) },
  'payload-jobs': {
    field: 'queue',
    value: text,
    create: (w, t) => ({
      json: { taskSlug: 'stitch', queue: t, input: { projectId: w.docsA.projects } },
    }),
  },
  'payload-locked-documents': {
    field: 'globalSlug',
    value: text,
    create: (w, t) => ({
      json: {
        globalSlug: t,
        document: { relationTo: 'projects', value: w.docsA.projects },
        user: { relationTo: 'users', value: w.a.member.id },
      },
    }),
  },
  'payload-preferences': {
    field: 'value',
    value: (n) => n,
    create: (w, t) => ({ json: { key: `probe-${t}`, value: t } }),
    byKey: 'probe-pref',
  },
  'payload-migrations': {
    field: 'name',
    value: text,
    create: (w, t) => ({ json: { name: t, batch: 1 } }),
  },
}
