'use client'

import { useQuery } from '@tanstack/react-query'

import { api } from './api'

export type SceneStatus = {
  id: string
  sceneNumber: number
  sceneTitle: string
  status: string
  failureReason: string | null
  progress: number
}
export type ProjectStatus = {
  id: string
  stage: string
  progress: number
  failureReason: string | null
  finalVideoUrl: string | null
  scenes: SceneStatus[]
}

const runningStages = new Set(['STORYBOARD', 'STITCHING', 'GENERATING_IMAGE', 'GENERATING_VIDEO'])

/** Whether anything of the project is being worked on right now (by the server's statuses). */
export const isWorking = (status: ProjectStatus | undefined) =>
  Boolean(
    status &&
    (runningStages.has(status.stage) || status.scenes.some((s) => runningStages.has(s.status))),
  )

/**
 * The live state of a project's jobs from `GET /api/projects/:id/status`: polled every second
 * while work runs (or while `expectWork` says a job was just queued), idle otherwise. The state
 * lives on the server, so a reload picks up exactly where the jobs are.
 */
export function useProjectStatus(
  projectId: string,
  options: { expectWork?: boolean; initialData?: ProjectStatus } = {},
) {
  return useQuery({
    queryKey: ['project-status', projectId],
    queryFn: () => api<ProjectStatus>(`/api/projects/${projectId}/status`),
    initialData: options.initialData,
    refetchInterval: (query) => (options.expectWork || isWorking(query.state.data) ? 1000 : false),
  })
}

export const stageState = (status: string): 'idle' | 'running' | 'done' | 'failed' =>
  status === 'FAILED'
    ? 'failed'
    : runningStages.has(status)
      ? 'running'
      : status === 'COMPLETED' || status === 'VIDEO_READY'
        ? 'done'
        : 'idle'
