'use client'

import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState } from 'react'

import { api, messageOf } from '../../../src/ui/api'
import { useProjectStatus } from '../../../src/ui/useProjectStatus'

/** After a job is queued, the worker may take a moment to report: keep polling that long. */
const EXPECT_WORK_MS = 15_000

/**
 * A project's live job state (`GET /api/projects/:id/status`, polled while work runs) and the
 * calls that start work through the pipeline's endpoints, with the server's refusal as `error`.
 */
export function useProjectWork(projectId: string) {
  const queryClient = useQueryClient()
  const [expectWorkUntil, setExpectWorkUntil] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (expectWorkUntil <= now) return
    const timer = setTimeout(() => setNow(Date.now()), expectWorkUntil - now)
    return () => clearTimeout(timer)
  }, [expectWorkUntil, now])
  const status = useProjectStatus(projectId, { expectWork: expectWorkUntil > now })

  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  /** Runs `action` (named `key` while it runs); a started job keeps the status polling. */
  const start = useCallback(
    async (key: string, action: () => Promise<unknown>) => {
      setBusy(key)
      setError(null)
      try {
        await action()
        const started = Date.now()
        setNow(started)
        setExpectWorkUntil(started + EXPECT_WORK_MS)
      } catch (e) {
        setError(messageOf(e))
      } finally {
        setBusy(null)
        await queryClient.invalidateQueries({ queryKey: ['project-status', projectId] })
      }
    },
    [projectId, queryClient],
  )

  const post = (path: string, json: Record<string, unknown> = {}) =>
    api(path, { method: 'POST', json })
  /** One request per scene: one refusal does not stop the others, and every reason is shown. */
  const forEachScene = async (path: string) => {
    const scenes = status.data?.scenes ?? []
    if (scenes.length === 0)
      throw new Error('The project has no scenes yet: generate the storyboard first.')
    const results = await Promise.allSettled(
      scenes.map((scene) => post(path, { sceneId: scene.id })),
    )
    const refused = results.flatMap((result) =>
      result.status === 'rejected' ? [messageOf(result.reason)] : [],
    )
    if (refused.length) throw new Error([...new Set(refused)].join(' '))
  }

  const actions = {
    storyboard: () => start('storyboard', () => post(`/api/projects/${projectId}/storyboard`)),
    images: () => start('images', () => forEachScene('/api/generate-image')),
    clips: () => start('clips', () => forEachScene('/api/generate-video')),
    stitch: () => start('stitch', () => post('/api/stitch-videos', { projectId })),
    render: (path: string) => start('render', () => post(path.replace(':id', projectId))),
    retry: (sceneId?: string) =>
      start(`retry:${sceneId ?? 'project'}`, () =>
        post(`/api/projects/${projectId}/retry`, sceneId ? { sceneId } : {}),
      ),
  }
  return { status: status.data, loading: status.isLoading, busy, error, actions }
}
