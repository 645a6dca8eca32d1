import type { PersonaName } from './support/world'

/**
 * THE POLICY TABLE: who may do what to a document of company A that MEMBER A1 owns (for `users`,
 * A1's own account; for preferences, A1's own preference). The tests generate their probes from
 * it, and a collection or endpoint of the built config without a row here fails the suite
 * (`coverage.test.ts`). README "Security model" states it in words.
 *
 * Each cell names an audience: the personas allowed. Everyone else is refused, and a signed-in
 * persona who may not even read the document is told it does not exist (404).
 */
export const audiences = {
  nobody: [],
  anyone: ['anonymous', 'memberA1', 'memberA2', 'adminA', 'adminB', 'memberB', 'operator'],
  signedIn: ['memberA1', 'memberA2', 'adminA', 'adminB', 'memberB', 'operator'],
  /** Everyone of the document's company. */
  company: ['memberA1', 'memberA2', 'adminA'],
  /** The company, and the platform operator (the list of companies only). */
  companyAndOperator: ['memberA1', 'memberA2', 'adminA', 'operator'],
  /** The document's owner (A1) and the company's ADMIN. */
  ownerOrAdmin: ['memberA1', 'adminA'],
  companyAdmin: ['adminA'],
  operator: ['operator'],
  adminOrOperator: ['adminA', 'operator'],
  /** The user the document belongs to (A1's preference). */
  ownUser: ['memberA1'],
  /** Anyone of any company may create in their *own* company (the server sets `company`). */
  anyCompanyMember: ['memberA1', 'memberA2', 'adminA', 'adminB', 'memberB', 'operator'],
  /** Any company's ADMIN (the operator is the ADMIN of the platform's company), in their own company. */
  anyCompanyAdmin: ['adminA', 'adminB', 'operator'],
} as const satisfies Record<string, readonly PersonaName[]>

export type Audience = keyof typeof audiences

/**
 * - read: list, by id, count, file URLs, GraphQL queries; `versions`: the versions routes.
 * - create: a new document naming A's parent (a scene of A's project…), or, for top-level
 *   collections (`topLevel`), a new document in the creator's own company.
 * - update / delete: by id and in bulk (`?where[id][equals]=`), REST and GraphQL.
 * - duplicate: `POST /:id/duplicate` (never for uploads or users); restore: `POST /versions/:id`.
 */
export type CollectionPolicy = {
  read: Audience
  create: Audience
  update: Audience
  delete: Audience
  duplicate: Audience
  versions?: { read: Audience; restore: Audience }
  topLevel?: boolean
  /** The platform operator onboards people into the company the body names, as invitations. */
  operatorInvites?: boolean
}

export const collectionPolicy: Record<string, CollectionPolicy> = {
  companies: {
    read: 'companyAndOperator',
    create: 'operator',
    update: 'adminOrOperator',
    delete: 'operator',
    duplicate: 'operator',
    topLevel: true,
  },
  users: {
    read: 'company',
    create: 'anyCompanyAdmin',
    update: 'ownerOrAdmin',
    delete: 'companyAdmin',
    duplicate: 'nobody',
    topLevel: true,
    operatorInvites: true,
  },
  'company-assets': {
    read: 'company',
    create: 'anyCompanyAdmin',
    update: 'companyAdmin',
    delete: 'companyAdmin',
    duplicate: 'nobody',
    topLevel: true,
  },
  /** One document per company (a unique index on `company`): drafts autosave while an ADMIN writes. */
  'brand-guidelines': {
    read: 'company',
    create: 'anyCompanyAdmin',
    update: 'companyAdmin',
    delete: 'companyAdmin',
    duplicate: 'companyAdmin',
    topLevel: true,
    versions: { read: 'company', restore: 'companyAdmin' },
  },
  'car-models': {
    read: 'company',
    create: 'anyCompanyAdmin',
    update: 'companyAdmin',
    delete: 'companyAdmin',
    duplicate: 'companyAdmin',
    topLevel: true,
  },
  'car-variants': {
    read: 'company',
    create: 'companyAdmin',
    update: 'companyAdmin',
    delete: 'companyAdmin',
    duplicate: 'companyAdmin',
  },
  'car-media': {
    read: 'company',
    create: 'companyAdmin',
    update: 'companyAdmin',
    delete: 'companyAdmin',
    duplicate: 'nobody',
  },
  projects: {
    read: 'company',
    create: 'anyCompanyMember',
    update: 'ownerOrAdmin',
    delete: 'ownerOrAdmin',
    duplicate: 'company',
    topLevel: true,
  },
  scenes: {
    read: 'company',
    create: 'ownerOrAdmin',
    update: 'ownerOrAdmin',
    delete: 'ownerOrAdmin',
    duplicate: 'ownerOrAdmin',
    versions: { read: 'company', restore: 'ownerOrAdmin' },
  },
  'generated-images': {
    read: 'company',
    create: 'nobody',
    update: 'ownerOrAdmin',
    delete: 'ownerOrAdmin',
    duplicate: 'nobody',
  },
  'generated-videos': {
    read: 'company',
    create: 'nobody',
    update: 'ownerOrAdmin',
    delete: 'ownerOrAdmin',
    duplicate: 'nobody',
  },
  'seed-frames': {
    read: 'company',
    create: 'nobody',
    update: 'ownerOrAdmin',
    delete: 'ownerOrAdmin',
    duplicate: 'nobody',
  },
  'timeline-clips': {
    read: 'company',
    create: 'ownerOrAdmin',
    update: 'ownerOrAdmin',
    delete: 'ownerOrAdmin',
    duplicate: 'ownerOrAdmin',
  },
  'final-videos': {
    read: 'company',
    create: 'nobody',
    update: 'nobody',
    delete: 'nobody',
    duplicate: 'nobody',
  },
  'uploaded-images': {
    read: 'company',
    create: 'ownerOrAdmin',
    update: 'ownerOrAdmin',
    delete: 'ownerOrAdmin',
    duplicate: 'nobody',
  },
  'replicate-predictions': {
    read: 'operator',
    create: 'nobody',
    update: 'nobody',
    delete: 'nobody',
    duplicate: 'nobody',
    topLevel: true,
  },
  'training-equipment': {
    read: 'company',
    create: 'anyCompanyMember',
    update: 'ownerOrAdmin',
    delete: 'ownerOrAdmin',
    duplicate: 'company',
    topLevel: true,
  },
  'equipment-files': {
    read: 'company',
    create: 'company',
    update: 'ownerOrAdmin',
    delete: 'ownerOrAdmin',
    duplicate: 'nobody',
  },
  'manual-pages': {
    read: 'company',
    create: 'nobody',
    update: 'nobody',
    delete: 'nobody',
    duplicate: 'nobody',
  },
  // Payload's own collections.
  'payload-kv': {
    read: 'nobody',
    create: 'nobody',
    update: 'nobody',
    delete: 'nobody',
    duplicate: 'nobody',
    topLevel: true,
  },
  'payload-jobs': {
    read: 'nobody',
    create: 'nobody',
    update: 'nobody',
    delete: 'nobody',
    duplicate: 'nobody',
    topLevel: true,
  },
  /** A lock of A's document held by A1: as private as the document; a lock names a readable document; never duplicated. */
  'payload-locked-documents': {
    read: 'company',
    create: 'company',
    update: 'company',
    delete: 'company',
    duplicate: 'nobody',
  },
  /** By key: `/api/payload-preferences/:key` is the caller's own preference under that key. */
  'payload-preferences': {
    read: 'ownUser',
    create: 'signedIn',
    update: 'ownUser',
    delete: 'ownUser',
    duplicate: 'nobody',
    topLevel: true,
  },
  /** No REST, no GraphQL: every route answers 404. */
  'payload-migrations': {
    read: 'nobody',
    create: 'nobody',
    update: 'nobody',
    delete: 'nobody',
    duplicate: 'nobody',
    topLevel: true,
  },
}

/** Payload's routes on every collection, and which cell of the table rules each. */
export const collectionRoutes: Record<
  string,
  keyof CollectionPolicy | 'versions.read' | 'versions.restore' | 'permissions' | 'notServed'
> = {
  'GET /': 'read',
  'GET /:id': 'read',
  'GET /count': 'read',
  'GET /file/:filename': 'read',
  'POST /': 'create',
  'PATCH /:id': 'update',
  'PATCH /': 'update',
  'DELETE /:id': 'delete',
  'DELETE /': 'delete',
  'POST /:id/duplicate': 'duplicate',
  'GET /versions': 'versions.read',
  'GET /versions/:id': 'versions.read',
  'POST /versions/:id': 'versions.restore',
  /** Answers the caller's own permissions on a document (no document data). */
  'POST /access/:id?': 'permissions',
  /** Server-side fetch of a URL into an upload: enabled on no collection, so not served (404). */
  'GET /paste-url/:id?': 'notServed',
  /** Email verification: enabled on no collection, so not served (404). */
  'POST /verify/:id': 'notServed',
}

/** Routes only some collections have that still follow their row above (the others are in `endpointPolicy`). */
export const extraCollectionRoutes: Record<string, Record<string, keyof CollectionPolicy>> = {
  /** The caller's own preference by key (it shadows `GET /:id` and `GET /count`). */
  'payload-preferences': { 'GET /:key': 'read' },
}

/**
 * The Next app's own entry points (src/app): route handlers, server actions and pages. Pages and
 * server components read with the Local API as the signed-in user (`overrideAccess: false`), so
 * the collection rows above hold for them; every new file here needs a row.
 */
export const appEntryPoints: Record<string, string> = {
  'src/app/(payload)/api/[...slug]/route.ts': 'Payload REST: the collection and endpoint rows',
  'src/app/(payload)/api/graphql/route.ts':
    'Payload GraphQL: the collection rows (tests/security/isolation-graphql.test.ts)',
  'src/app/(payload)/api/graphql-playground/route.ts':
    'GraphQL playground: a static page, no data (disabled in production)',
  'src/app/(payload)/admin/[[...segments]]/page.tsx':
    'the admin panel: REST and GraphQL as the signed-in user',
  'src/app/(payload)/layout.tsx':
    'the admin panel’s server functions (Payload’s handleServerFunctions): operations as the signed-in user',
  'src/app/(frontend)/page.tsx': 'home: static, no data',
  'src/app/(frontend)/login/page.tsx': 'public: a form for POST /api/auth/signin',
  'src/app/(frontend)/signup/page.tsx': 'public: a form for POST /api/auth/signup',
  'src/app/(frontend)/invitations/accept/page.tsx':
    'public: a form for POST /api/auth/signup with an invitation token',
  'src/app/(frontend)/library/page.tsx':
    'the company’s finished and in-progress videos (projects read rule)',
  'src/app/(frontend)/projects/page.tsx': 'the company’s projects (projects read rule)',
  'src/app/(frontend)/projects/[id]/page.tsx':
    'a project with its scenes (projects and scenes read rules; edits go through REST)',
  'src/app/(frontend)/brand/page.tsx': 'the company’s brand assets (company-assets read rule)',
  'src/app/(frontend)/cars/page.tsx':
    'the company’s car catalogue (car-models, car-variants, car-media read rules)',
  'src/app/(frontend)/studio/page.tsx': 'public: the 4D demo player on bundled mock data, no API',
  'src/app/(frontend)/equipment/page.tsx':
    'the company’s training equipment with its files and videos (training-equipment, equipment-files, projects read rules)',
  'src/app/(frontend)/equipment/[id]/page.tsx':
    'a machine with its files, manual pages and videos (training-equipment, equipment-files, manual-pages, projects read rules; edits go through REST)',
  'src/app/(frontend)/videos/page.tsx':
    'the company’s training videos (projects, scenes, final-videos, training-equipment, equipment-files read rules)',
  'src/app/(frontend)/videos/new/page.tsx':
    'a form for POST /api/videos over the company’s equipment (training-equipment, equipment-files read rules)',
  'src/app/(frontend)/videos/[id]/page.tsx':
    'a training video’s editor (projects, scenes, manual-pages, training-equipment, equipment-files read rules; edits go through REST)',
  'src/app/(frontend)/team/page.tsx':
    'the company’s users (users read rule; invitations through /api/companies/:id/users)',
}
