import { PASSWORD } from '../helpers/fixtures'
import { formWith, pngBytes } from '../helpers/media'
import type { Audience } from './policy'
import type { SecurityWorld } from './support/world'

/**
 * THE POLICY TABLE, part 2: every endpoint that is not one of Payload's collection routes (the
 * seed documents' routes, auth, jobs, preferences by key), keyed `METHOD /api-path`. Each names
 * the personas allowed to use it on company A's documents (owned by MEMBER A1). Everyone else is
 * refused: 404 when signed in but unable to read the document the route names (`readers`,
 * default the company), else 401/403 (or `deny`).
 */
export type EndpointRow = {
  allowed: Audience
  readers?: Audience
  /** The request; `n` is unique per probe, `fresh` a document made for a destructive probe. */
  request: (
    w: SecurityWorld,
    n: number,
    fresh?: string,
  ) => {
    path?: string
    json?: unknown
    form?: () => Promise<FormData>
    headers?: Record<string, string>
  }
  /** Other answers an allowed caller may get: refusals the route documents (409: nothing to render yet). */
  allowStatuses?: number[]
  /** The statuses of a refusal, when not 401/403/404. */
  deny?: number[]
  /** Allowed callers act on a fresh document of this kind (the route deletes it). */
  destructive?:
    | 'car-models'
    | 'car-variants'
    | 'car-media'
    | 'training-equipment'
    | 'equipment-files'
    | 'users'
    | 'company-assets'
    | 'scenes'
    | 'training-video'
  /** The route ends or replaces the session: run on a fresh sign-in of the persona. */
  freshSession?: boolean
  /** A variant of a route listed under another key (the same path, another body). */
  variantOf?: string
}

const png = (fields: Record<string, string>) => async () =>
  formWith(fields, { bytes: await pngBytes('#336699', 16), name: 'probe.png', type: 'image/png' })
const A = (w: SecurityWorld) => w.docsA

export const endpointPolicy: Record<string, EndpointRow> = {
  // Auth (the seed's routes and Payload's): anyone may try; nobody learns about others.
  'POST /auth/signup': {
    allowed: 'anyone',
    readers: 'anyone',
    freshSession: true,
    request: (w, n) => ({
      json: {
        email: `signup-${n}@example.test`,
        password: PASSWORD,
        name: 'New',
        companyName: `New ${n}`,
      },
    }),
  },
  // Wrong credentials (for an address nobody has: failures on a real one lock it, see auth-hardening).
  'POST /auth/signin': {
    allowed: 'nobody',
    readers: 'anyone',
    deny: [401],
    freshSession: true,
    request: (w, n) => ({
      json: { email: `nobody-${n}@example.test`, password: 'not-the-password' },
    }),
  },
  'POST /auth/signout': {
    allowed: 'anyone',
    readers: 'anyone',
    freshSession: true,
    request: () => ({}),
  },
  'GET /auth/session': { allowed: 'signedIn', readers: 'anyone', request: () => ({}) },
  'GET /access': { allowed: 'anyone', readers: 'anyone', request: () => ({}) },
  'POST /users/login': {
    allowed: 'nobody',
    readers: 'anyone',
    deny: [401],
    freshSession: true,
    request: (w, n) => ({
      json: { email: `nobody-${n}@example.test`, password: 'not-the-password' },
    }),
  },
  'POST /users/logout': {
    allowed: 'signedIn',
    readers: 'anyone',
    deny: [400, 401],
    freshSession: true,
    request: () => ({}),
  },
  'GET /users/me': { allowed: 'anyone', readers: 'anyone', request: () => ({}) },
  'POST /users/refresh-token': {
    allowed: 'signedIn',
    readers: 'anyone',
    deny: [401, 403],
    freshSession: true,
    request: () => ({}),
  },
  'POST /users/forgot-password': {
    allowed: 'anyone',
    readers: 'anyone',
    request: (w) => ({ json: { email: w.memberA2.email } }),
  },
  'POST /users/reset-password': {
    allowed: 'nobody',
    readers: 'anyone',
    deny: [400, 403],
    request: () => ({ json: { token: 'f'.repeat(40), password: 'a-new-password' } }),
  },
  'POST /users/unlock': {
    allowed: 'companyAdmin',
    readers: 'anyone',
    deny: [400, 401, 403, 404],
    request: (w) => ({ json: { email: w.a.member.email } }),
  },
  'GET /users/init': { allowed: 'anyone', readers: 'anyone', request: () => ({}) },
  'POST /users/first-register': {
    allowed: 'nobody',
    readers: 'anyone',
    deny: [400, 403],
    freshSession: true,
    request: (w, n) => ({
      json: { email: `first-${n}@example.test`, password: PASSWORD, name: 'First' },
    }),
  },

  // Company routes (`/companies/:id/…`): the caller's own company only.
  'GET /companies/:id/users': {
    allowed: 'company',
    request: (w) => ({ path: `/companies/${w.a.company.id}/users` }),
  },
  'POST /companies/:id/users': {
    allowed: 'companyAdmin',
    request: (w, n) => ({
      path: `/companies/${w.a.company.id}/users`,
      json: { email: `invite-${n}@example.test`, name: 'Invitee' },
    }),
  },
  'DELETE /companies/:id/users/:userId': {
    allowed: 'companyAdmin',
    destructive: 'users',
    request: (w, n, fresh) => ({
      path: `/companies/${w.a.company.id}/users/${fresh ?? w.memberA2.id}`,
    }),
  },
  'GET /companies/:id/assets': {
    allowed: 'company',
    request: (w) => ({ path: `/companies/${w.a.company.id}/assets` }),
  },
  'POST /companies/:id/assets': {
    allowed: 'companyAdmin',
    request: (w) => ({ path: `/companies/${w.a.company.id}/assets`, form: png({ type: 'LOGO' }) }),
  },
  'DELETE /companies/:id/assets/:assetId': {
    allowed: 'companyAdmin',
    destructive: 'company-assets',
    request: (w, n, fresh) => ({
      path: `/companies/${w.a.company.id}/assets/${fresh ?? A(w)['company-assets']}`,
    }),
  },
  'GET /companies/:id/cars': {
    allowed: 'company',
    request: (w) => ({ path: `/companies/${w.a.company.id}/cars` }),
  },
  'POST /companies/:id/cars': {
    allowed: 'companyAdmin',
    request: (w, n) => ({
      path: `/companies/${w.a.company.id}/cars`,
      json: { name: `probe-${n}` },
    }),
  },

  // Car catalogue.
  'GET /cars/:modelId': {
    allowed: 'company',
    request: (w) => ({ path: `/cars/${A(w)['car-models']}` }),
  },
  'PATCH /cars/:modelId': {
    allowed: 'companyAdmin',
    request: (w, n) => ({ path: `/cars/${A(w)['car-models']}`, json: { name: `probe-${n}` } }),
  },
  'DELETE /cars/:modelId': {
    allowed: 'companyAdmin',
    destructive: 'car-models',
    request: (w, n, fresh) => ({ path: `/cars/${fresh ?? A(w)['car-models']}` }),
  },
  'POST /cars/:modelId/variants': {
    allowed: 'companyAdmin',
    request: (w, n) => ({
      path: `/cars/${A(w)['car-models']}/variants`,
      json: { year: 2021, trim: `probe-${n}` },
    }),
  },
  'PATCH /cars/variants/:variantId': {
    allowed: 'companyAdmin',
    request: (w, n) => ({
      path: `/cars/variants/${A(w)['car-variants']}`,
      json: { trim: `probe-${n}` },
    }),
  },
  'DELETE /cars/variants/:variantId': {
    allowed: 'companyAdmin',
    destructive: 'car-variants',
    request: (w, n, fresh) => ({ path: `/cars/variants/${fresh ?? A(w)['car-variants']}` }),
  },
  'GET /cars/variants/:variantId/media': {
    allowed: 'company',
    request: (w) => ({ path: `/cars/variants/${A(w)['car-variants']}/media` }),
  },
  'POST /cars/variants/:variantId/media': {
    allowed: 'companyAdmin',
    request: (w) => ({
      path: `/cars/variants/${A(w)['car-variants']}/media`,
      form: png({ type: 'EXTERIOR' }),
    }),
  },
  // Direct-to-bucket uploads need S3 (400 on local storage; tests/int/car-catalog-s3.test.ts runs them on S3).
  'POST /cars/variants/:variantId/media/upload-url': {
    allowed: 'companyAdmin',
    allowStatuses: [400],
    request: (w) => ({
      path: `/cars/variants/${A(w)['car-variants']}/media/upload-url`,
      json: { type: 'SOUND', filename: 'engine.wav', size: 1000 },
    }),
  },
  'POST /cars/variants/:variantId/media/complete': {
    allowed: 'companyAdmin',
    allowStatuses: [400],
    request: (w) => ({
      path: `/cars/variants/${A(w)['car-variants']}/media/complete`,
      json: { uploadToken: 'not-a-signed-token' },
    }),
  },
  'DELETE /cars/media/:mediaId': {
    allowed: 'companyAdmin',
    destructive: 'car-media',
    request: (w, n, fresh) => ({ path: `/cars/media/${fresh ?? A(w)['car-media']}` }),
  },

  // Video pipeline.
  'GET /projects/:id/status': {
    allowed: 'company',
    request: (w) => ({ path: `/projects/${A(w).projects}/status` }),
  },
  'POST /projects/:id/scenes': {
    allowed: 'ownerOrAdmin',
    request: (w, n) => ({
      path: `/projects/${A(w).projects}/scenes`,
      json: { sceneTitle: `probe-${n}` },
    }),
  },
  'PATCH /projects/:id/scenes/:sceneId': {
    allowed: 'ownerOrAdmin',
    request: (w, n) => ({
      path: `/projects/${A(w).projects}/scenes/${A(w).scenes}`,
      json: { sceneSummary: `probe-${n}` },
    }),
  },
  'DELETE /projects/:id/scenes/:sceneId': {
    allowed: 'ownerOrAdmin',
    destructive: 'scenes',
    request: (w, n, fresh) => ({
      path: `/projects/${A(w).projects}/scenes/${fresh ?? A(w).scenes}`,
    }),
  },
  // Nothing failed (409) is a refusal an allowed caller may get.
  'POST /projects/:id/retry': {
    allowed: 'ownerOrAdmin',
    allowStatuses: [409],
    request: (w) => ({ path: `/projects/${A(w).projects}/retry`, json: {} }),
  },
  // Work still pending on the project (409) is a refusal an allowed caller may get.
  'POST /projects/:id/storyboard': {
    allowed: 'ownerOrAdmin',
    allowStatuses: [409],
    request: (w) => ({ path: `/projects/${A(w).projects}/storyboard`, json: {} }),
  },
  'POST /projects/:id/uploads': {
    allowed: 'ownerOrAdmin',
    request: (w) => ({ path: `/projects/${A(w).projects}/uploads`, form: png({}) }),
  },
  'POST /generate-image': {
    allowed: 'ownerOrAdmin',
    request: (w) => ({ json: { sceneId: A(w).scenes } }),
  },
  // No selected image (409) / nothing to stitch yet (409): refusals an allowed caller may get.
  'POST /generate-video': {
    allowed: 'ownerOrAdmin',
    allowStatuses: [409],
    request: (w) => ({ json: { sceneId: A(w).scenes } }),
  },
  'POST /stitch-videos': {
    allowed: 'ownerOrAdmin',
    allowStatuses: [409],
    request: (w) => ({ json: { projectId: A(w).projects } }),
  },
  // Believed only when signed with REPLICATE_WEBHOOK_SECRET (not configured here: 404).
  'POST /replicate/webhook': {
    allowed: 'nobody',
    readers: 'anyone',
    deny: [401, 404],
    request: () => ({
      json: { id: 'p-forged', status: 'succeeded', output: ['http://127.0.0.1:9/x.png'] },
    }),
  },
  'PATCH /scenes/:id (TrainAI body)': {
    allowed: 'ownerOrAdmin',
    variantOf: 'PATCH /scenes/:id',
    request: (w, n) => ({
      path: `/scenes/${A(w).scenes}`,
      json: { voiceover_text: `Narration ${n}` },
    }),
  },

  // TrainAI.
  'GET /equipment': { allowed: 'signedIn', readers: 'anyone', request: () => ({}) },
  'POST /equipment': {
    allowed: 'anyCompanyMember',
    readers: 'anyone',
    request: (w, n) => ({ json: { name: `probe-${n}` } }),
  },
  'GET /equipment/:id': {
    allowed: 'company',
    request: (w) => ({ path: `/equipment/${A(w)['training-equipment']}` }),
  },
  'DELETE /equipment/:id': {
    allowed: 'ownerOrAdmin',
    destructive: 'training-equipment',
    request: (w, n, fresh) => ({ path: `/equipment/${fresh ?? A(w)['training-equipment']}` }),
  },
  'POST /equipment/:id/files': {
    allowed: 'company',
    request: (w) => ({
      path: `/equipment/${A(w)['training-equipment']}/files`,
      form: png({ file_type: 'image' }),
    }),
  },
  'DELETE /equipment/files/:fileId': {
    allowed: 'ownerOrAdmin',
    destructive: 'equipment-files',
    request: (w, n, fresh) => ({ path: `/equipment/files/${fresh ?? A(w)['equipment-files']}` }),
  },
  'GET /videos': { allowed: 'signedIn', readers: 'anyone', request: () => ({}) },
  'POST /videos': {
    allowed: 'anyCompanyMember',
    readers: 'anyone',
    request: (w, n) => ({ json: { prompt: `Replace the door seal ${n}` } }),
  },
  'GET /videos/:id': {
    allowed: 'company',
    request: (w) => ({ path: `/videos/${w.trainingVideoA}` }),
  },
  'DELETE /videos/:id': {
    allowed: 'ownerOrAdmin',
    destructive: 'training-video',
    request: (w, n, fresh) => ({ path: `/videos/${fresh ?? w.trainingVideoA}` }),
  },
  'GET /videos/:videoId/scenes': {
    allowed: 'company',
    request: (w) => ({ path: `/videos/${w.trainingVideoA}/scenes` }),
  },
  'POST /videos/:id/generate': {
    allowed: 'ownerOrAdmin',
    request: (w) => ({ path: `/videos/${w.trainingVideoA}/generate`, json: {} }),
  },
  // Training scenes only (another project's scene is not found).
  'POST /scenes/:id/screenshot': {
    allowed: 'ownerOrAdmin',
    request: (w) => ({ path: `/scenes/${w.trainingSceneA}/screenshot`, form: png({}) }),
  },
  // A's scene has voiceover text (without, 409).
  'GET /scenes/:id/narration': {
    allowed: 'company',
    request: (w) => ({ path: `/scenes/${A(w).scenes}/narration` }),
  },
  'GET /videos/:id/subtitles.vtt': {
    allowed: 'company',
    request: (w) => ({ path: `/videos/${w.trainingVideoA}/subtitles.vtt` }),
  },

  // Payload's own: the jobs queue is the platform's; preferences are the caller's own, by key.
  'GET /payload-jobs/run': {
    allowed: 'operator',
    readers: 'anyone',
    request: () => ({ path: '/payload-jobs/run?queue=security-none' }),
  },
  'GET /payload-jobs/handle-schedules': {
    allowed: 'operator',
    readers: 'anyone',
    request: () => ({}),
  },
  'POST /payload-preferences/:key': {
    allowed: 'signedIn',
    readers: 'anyone',
    request: (w, n) => ({ path: '/payload-preferences/probe-own', json: { value: n } }),
  },
  'DELETE /payload-preferences/:key': {
    allowed: 'nobody',
    readers: 'anyone',
    deny: [401, 404],
    request: () => ({ path: '/payload-preferences/nobody-has-this-key' }),
  },
}
