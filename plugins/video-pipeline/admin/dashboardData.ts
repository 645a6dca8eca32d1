import type { Payload, TypedUser, Where } from 'payload'

import { unfinishedJobs } from '../../../src/lib/jobs/unfinished'
import { pipelineExtensions, projectKinds } from '../registry'

export type DashboardProject = { id: string; name: string; status: string; updatedAt: string }
export type DashboardJob = {
  id: string
  task: string
  state: 'running' | 'queued' | 'retrying' | 'failed'
  project: { id: string; name: string }
  sceneNumber?: number
  error?: string
  at: string
}
export type DashboardData = {
  kinds: Array<{
    name: string
    label: string
    total: number
    completed: number
    failed: number
    recent: DashboardProject[]
  }>
  running: DashboardJob[]
  failed: DashboardJob[]
}

/** Failed jobs older than this are history, not news. */
const FAILED_WINDOW_MS = 7 * 24 * 60 * 60 * 1000

type JobRow = {
  id: string | number
  taskSlug?: string | null
  input?: { projectId?: string; sceneId?: string } | null
  processing?: boolean | null
  hasError?: boolean | null
  totalTried?: number | null
  error?: unknown
  createdAt: string
  updatedAt: string
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** Job inputs are the platform's JSON: only well-formed ids are looked up. */
const idsOf = (values: Array<string | undefined>) => [
  ...new Set(values.filter((v): v is string => typeof v === 'string' && uuid.test(v))),
]

const errorMessage = (error: unknown) =>
  typeof error === 'string'
    ? error
    : error && typeof error === 'object' && 'message' in error
      ? String((error as { message: unknown }).message)
      : undefined

/**
 * What the dashboard shows a signed-in user: per project kind the counts and the latest
 * documents, and the jobs working on (or failed on) their company's projects. Documents are read
 * as the user (the company's access rules, in SQL); jobs are the platform's, so they are read by
 * the system and kept only when their project or scene is one the user can read.
 */
export async function dashboardData(payload: Payload, user: TypedUser): Promise<DashboardData> {
  const asUser = { overrideAccess: false, user, depth: 0 } as const
  const kinds = await Promise.all(
    projectKinds(pipelineExtensions(payload)).map(async (kind) => {
      const ofKind: Where = { kind: { equals: kind.name } }
      const count = async (status?: string) =>
        (
          await payload.count({
            collection: 'projects',
            where: status ? { and: [ofKind, { status: { equals: status } }] } : ofKind,
            ...asUser,
          })
        ).totalDocs
      const [total, completed, failed, recent] = await Promise.all([
        count(),
        count('COMPLETED'),
        count('FAILED'),
        payload.find({
          collection: 'projects',
          where: ofKind,
          sort: '-updatedAt',
          limit: 5,
          select: { name: true, status: true, updatedAt: true },
          ...asUser,
        }),
      ])
      const docs = recent.docs.map((p) => ({
        id: String(p.id),
        name: p.name,
        status: p.status ?? 'STORYBOARD',
        updatedAt: p.updatedAt,
      }))
      return {
        name: kind.name,
        label: kind.label ?? kind.name,
        total,
        completed,
        failed,
        recent: docs,
      }
    }),
  )

  const since = new Date(Date.now() - FAILED_WINDOW_MS).toISOString()
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      or: [
        unfinishedJobs(),
        { and: [{ hasError: { equals: true } }, { updatedAt: { greater_than: since } }] },
      ],
    },
    sort: '-createdAt',
    limit: 200,
    depth: 0,
  })
  const rows = jobs as unknown as JobRow[]
  const sceneIds = idsOf(rows.map((job) => job.input?.sceneId))
  const scenes = sceneIds.length
    ? (
        await payload.find({
          collection: 'scenes',
          where: { id: { in: sceneIds } },
          pagination: false,
          select: { project: true, sceneNumber: true },
          ...asUser,
        })
      ).docs
    : []
  const sceneById = new Map(
    scenes.map((scene) => [
      String(scene.id),
      { project: String(scene.project), sceneNumber: scene.sceneNumber },
    ]),
  )
  const projectIds = idsOf([
    ...rows.map((job) => job.input?.projectId),
    ...[...sceneById.values()].map((s) => s.project),
  ])
  const projects = projectIds.length
    ? (
        await payload.find({
          collection: 'projects',
          where: { id: { in: projectIds } },
          pagination: false,
          select: { name: true },
          ...asUser,
        })
      ).docs
    : []
  const projectById = new Map(
    projects.map((project) => [String(project.id), { id: String(project.id), name: project.name }]),
  )

  const visible = rows.flatMap((job): DashboardJob[] => {
    const scene = job.input?.sceneId ? sceneById.get(job.input.sceneId) : undefined
    const project = projectById.get(scene?.project ?? job.input?.projectId ?? '')
    if (!project) return []
    const state = job.hasError
      ? 'failed'
      : job.processing
        ? 'running'
        : (job.totalTried ?? 0) > 0
          ? 'retrying'
          : 'queued'
    return [
      {
        id: String(job.id),
        task: job.taskSlug ?? 'job',
        state,
        project,
        sceneNumber: scene?.sceneNumber,
        error: errorMessage(job.error),
        at: job.updatedAt,
      },
    ]
  })
  return {
    kinds,
    running: visible.filter((job) => job.state !== 'failed'),
    failed: visible.filter((job) => job.state === 'failed').slice(0, 10),
  }
}
