import type { CollectionSlug } from 'payload'

import { idOf } from '../../../src/lib/db/ids'
import { ApiClient } from '../../helpers/api'
import { createPlatformOperator, createTenant, PASSWORD, payload } from '../../helpers/fixtures'
import { createWorld, type Tenant, type World } from '../../helpers/world'

export const personaNames = [
  'anonymous',
  'memberA1',
  'memberA2',
  'adminA',
  'adminB',
  'memberB',
  'operator',
] as const
export type PersonaName = (typeof personaNames)[number]

export type Persona = { name: PersonaName; api: ApiClient; userId?: string; companyId?: string }

/** Who may see a stored id: a company's users (and the operator, for companies), one user, the operator, or nobody. */
export type Scope =
  | { company: string; operatorToo?: boolean }
  | { user: string }
  | { operatorOnly: true }
  | { nobody: true }
export type Secret = { id: string; label: string; scope: Scope }

export type SecurityWorld = {
  personas: Record<PersonaName, Persona>
  a: Tenant
  b: Tenant
  memberA2: { id: string; email: string }
  /** One document of company A per collection, owned by MEMBER A1 (users: A1 itself). */
  docsA: World & Partial<Record<CollectionSlug, string>>
  docsB: World & Partial<Record<CollectionSlug, string>>
  /** A version of A's scene. */
  sceneVersionA: string
  /** A version of A's document, for each collection with versions (scenes, brand guidelines). */
  versionsA: Partial<Record<CollectionSlug, string>>
  /** A TrainAI video of A's (a training project with a narrated scene and subtitles), owned by A1. */
  trainingVideoA: string
  /** The (narrated) scene of that video. */
  trainingSceneA: string
  secrets: Secret[]
}

export function visibleTo(persona: Persona, scope: Scope): boolean {
  if ('nobody' in scope) return false
  if ('operatorOnly' in scope) return persona.name === 'operator'
  if ('user' in scope) return persona.userId === scope.user
  return (
    persona.companyId === scope.company ||
    (Boolean(scope.operatorToo) && persona.name === 'operator')
  )
}

/** A second MEMBER of `tenant`'s company, signed in. */
export async function addMember(tenant: Tenant, label: string) {
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${label}-${tenant.company.id.slice(0, 8)}@example.test`,
      password: PASSWORD,
      name: label,
      role: 'MEMBER',
      company: tenant.company.id,
    },
  })
  return { user, api: await new ApiClient().signIn(user.email, PASSWORD) }
}

/**
 * Company A (ADMIN A, MEMBER A1 who owns A's documents, MEMBER A2), company B (ADMIN B, MEMBER B),
 * the platform operator, and an anonymous client; one document of A and of B in every collection,
 * plus a lock, a preference and a queued job of A's. `secrets` lists every stored id with who may see it.
 * (`documentsOfB: false` skips B's documents where no probe names them.)
 */
export async function buildSecurityWorld(
  options: { documentsOfB?: boolean } = {},
): Promise<SecurityWorld> {
  const a = await createTenant('a')
  const b = await createTenant('b')
  const a2 = await addMember(a, 'member-a2')
  const op = await createPlatformOperator()
  const docsA: SecurityWorld['docsA'] = await createWorld(a, { owner: a.member.id })
  // B's own documents matter where probes name them (where filters, planted references).
  const docsB: SecurityWorld['docsB'] =
    options.documentsOfB === false ? { companies: b.company.id } : await createWorld(b)
  docsA.users = a.member.id
  docsB.users = b.member.id

  // A's team edits its scene (a version), locks its project, keeps a preference; a job is queued for A.
  await a.memberApi.patch(`/scenes/${docsA.scenes}`, { json: { sceneSummary: 'Edited by A1' } })
  const versions = await payload.findVersions({
    collection: 'scenes',
    where: { parent: { equals: docsA.scenes } },
    limit: 1,
    sort: '-updatedAt',
  })
  const sceneVersionA = String(versions.docs[0]!.id)
  const guidelineVersions = await payload.findVersions({
    collection: 'brand-guidelines',
    where: { parent: { equals: docsA['brand-guidelines'] } },
    limit: 1,
    sort: '-updatedAt',
  })
  const versionsA: SecurityWorld['versionsA'] = {
    scenes: sceneVersionA,
    'brand-guidelines': String(guidelineVersions.docs[0]!.id),
  }
  docsA['payload-locked-documents'] = String(
    // On a document no probe may change: saving a document releases its locks.
    (
      await payload.create({
        collection: 'payload-locked-documents',
        data: {
          document: { relationTo: 'manual-pages', value: docsA['manual-pages']! },
          user: { relationTo: 'users', value: a.member.id },
        },
      })
    ).id,
  )
  // A preference always belongs to its author (Payload sets it from the session).
  await a.memberApi.post('/payload-preferences/probe-pref', { json: { value: { column: 'name' } } })
  docsA['payload-preferences'] = String(
    (
      await payload.find({
        collection: 'payload-preferences',
        where: { key: { equals: 'probe-pref' } },
      })
    ).docs[0]!.id,
  )
  const trainingVideoA = await createTrainingVideo(a, a.member.id)
  const trainingSceneA = String(
    (
      await payload.find({
        collection: 'scenes',
        where: { project: { equals: trainingVideoA } },
        depth: 0,
        limit: 1,
      })
    ).docs[0]!.id,
  )
  docsA['payload-jobs'] = String(
    (
      await payload.jobs.queue({
        task: 'stitch',
        input: { projectId: docsA.projects! },
        queue: 'security-probes',
      })
    ).id,
  )

  const personas: Record<PersonaName, Persona> = {
    anonymous: { name: 'anonymous', api: new ApiClient() },
    memberA1: { name: 'memberA1', api: a.memberApi, userId: a.member.id, companyId: a.company.id },
    memberA2: { name: 'memberA2', api: a2.api, userId: a2.user.id, companyId: a.company.id },
    adminA: { name: 'adminA', api: a.adminApi, userId: a.admin.id, companyId: a.company.id },
    adminB: { name: 'adminB', api: b.adminApi, userId: b.admin.id, companyId: b.company.id },
    memberB: { name: 'memberB', api: b.memberApi, userId: b.member.id, companyId: b.company.id },
    operator: {
      name: 'operator',
      api: op.api,
      userId: op.operator.id,
      companyId: idOf(op.operator.company)!,
    },
  }

  const secrets: Secret[] = []
  const add = (id: string | undefined, label: string, scope: Scope) =>
    id && secrets.push({ id, label, scope })
  for (const [tenant, docs, name] of [
    [a, docsA, 'A'],
    [b, docsB, 'B'],
  ] as const) {
    for (const [slug, id] of Object.entries(docs)) {
      const scope: Scope =
        slug === 'replicate-predictions'
          ? { operatorOnly: true }
          : slug === 'payload-jobs'
            ? { nobody: true }
            : slug === 'payload-preferences'
              ? { user: a.member.id }
              : { company: tenant.company.id, operatorToo: slug === 'companies' }
      add(id, `${slug} of ${name}`, scope)
    }
    add(tenant.admin.id, `ADMIN ${name}`, { company: tenant.company.id })
    add(tenant.member.id, `MEMBER ${name}`, { company: tenant.company.id })
    add(tenant.admin.email, `email of ADMIN ${name}`, { company: tenant.company.id })
  }
  add(a2.user.id, 'MEMBER A2', { company: a.company.id })
  for (const [slug, id] of Object.entries(versionsA))
    add(id, `${slug} version of A`, { company: a.company.id })
  add(trainingVideoA, 'training video of A', { company: a.company.id })
  add(trainingSceneA, 'training scene of A', { company: a.company.id })
  add(op.operator.id, 'operator', { company: idOf(op.operator.company)! })
  secrets.push(...(await credentialSecrets(a)))
  return {
    personas,
    a,
    b,
    memberA2: { id: a2.user.id, email: a2.user.email },
    docsA,
    docsB,
    sceneVersionA,
    versionsA,
    trainingVideoA,
    trainingSceneA,
    secrets,
  }
}

/**
 * What nobody may ever read back, whoever asks: every user's password hash and salt, a pending
 * reset token and invitation (hash), the server's secret; and each user's session ids, which
 * only that user sees.
 */
async function credentialSecrets(a: Tenant): Promise<Secret[]> {
  await new ApiClient().post('/users/forgot-password', { json: { email: a.member.email } })
  await a.adminApi.post(`/companies/${a.company.id}/users`, {
    json: { email: `invited-${a.company.id.slice(0, 8)}@example.test`, name: 'Invited' },
  })
  const { docs } = await payload.find({
    collection: 'users',
    pagination: false,
    depth: 0,
    showHiddenFields: true,
  })
  const secrets: Secret[] = [
    { id: process.env.PAYLOAD_SECRET!, label: 'PAYLOAD_SECRET', scope: { nobody: true } },
  ]
  for (const user of docs as unknown as Array<
    Record<string, unknown> & { id: string; email: string; sessions?: Array<{ id: string }> }
  >) {
    for (const field of ['hash', 'salt', 'resetPasswordToken', 'invitationTokenHash'] as const) {
      const value = user[field]
      if (typeof value === 'string' && value.length >= 16)
        secrets.push({ id: value, label: `${field} of ${user.email}`, scope: { nobody: true } })
    }
    for (const session of user.sessions ?? [])
      secrets.push({ id: session.id, label: `session of ${user.email}`, scope: { user: user.id } })
  }
  return secrets
}

/** A narrated TrainAI video of `tenant`'s (a training project, one scene, subtitles), owned by `owner`. */
export async function createTrainingVideo(tenant: Tenant, owner: string): Promise<string> {
  const owned = { company: tenant.company.id, owner }
  const video = await payload.create({
    collection: 'projects',
    data: {
      ...owned,
      kind: 'training',
      name: 'Door seal',
      prompt: 'Replace the door seal',
      targetDuration: 30,
      subtitles: 'WEBVTT\n\n00:00.000 --> 00:02.000\nOpen the door.\n',
    },
    context: { skipStoryboard: true },
  })
  await payload.create({
    collection: 'scenes',
    data: {
      ...owned,
      project: video.id,
      sceneNumber: 1,
      sceneTitle: 'Step 1',
      voiceoverText: 'Open the door.',
    },
  })
  return String(video.id)
}
