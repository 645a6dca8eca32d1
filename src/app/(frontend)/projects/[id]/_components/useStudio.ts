'use client'

import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'

import { api, messageOf } from '../../../../../ui/api'
import { useProjectStatus } from '../../../../../ui/useProjectStatus'
import { fetchStudioData, type StudioData } from './studioData'

/**
 * The studio's state: the project's documents (REST, cached by TanStack Query), its live job
 * status (polled), and the actions that call the API. Whenever a job moves, the documents are
 * re-read, so new images, clips and the film appear without a reload.
 */
export function useStudio(initial: StudioData) {
  const projectId = initial.project.id
  const queryClient = useQueryClient()
  const data = useQuery({
    queryKey: ['studio', projectId],
    queryFn: () => fetchStudioData(projectId),
    initialData: initial,
  }).data
  // Just after a job is queued the worker may not have reported yet: keep polling for a while.
  const [expectWorkUntil, setExpectWorkUntil] = useState(0)
  const [now, setNow] = useState(0)
  useEffect(() => {
    if (expectWorkUntil <= now) return
    const timer = setTimeout(() => setNow(Date.now()), expectWorkUntil - Date.now())
    return () => clearTimeout(timer)
  }, [expectWorkUntil, now])
  const status = useProjectStatus(projectId, { expectWork: expectWorkUntil > now }).data

  const signature = status
    ? [status.stage, status.finalVideoUrl, ...status.scenes.map((s) => `${s.id}:${s.status}`)].join(
        '|',
      )
    : ''
  const previous = useRef(signature)
  useEffect(() => {
    if (previous.current !== signature) {
      previous.current = signature
      void queryClient.invalidateQueries({ queryKey: ['studio', projectId] })
    }
  }, [signature, projectId, queryClient])

  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const refresh = useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['studio', projectId] }),
      queryClient.invalidateQueries({ queryKey: ['project-status', projectId] }),
    ])
  }, [queryClient, projectId])

  /** Runs an API action, shows its error, re-reads the documents; `startsJob` keeps the status polling. */
  const run = useCallback(
    async (key: string, action: () => Promise<unknown>, options: { startsJob?: boolean } = {}) => {
      setBusy(key)
      setError(null)
      try {
        await action()
        if (options.startsJob) {
          const until = Date.now() + 15_000
          setExpectWorkUntil(until)
          setNow(Date.now())
        }
      } catch (e) {
        setError(messageOf(e))
      } finally {
        setBusy(null)
        await refresh()
      }
    },
    [refresh],
  )

  const scenePath = (sceneId: string) => `/api/projects/${projectId}/scenes/${sceneId}`
  const actions = {
    updateScene: (sceneId: string, fields: Record<string, unknown>) =>
      run(`scene:${sceneId}`, () => api(scenePath(sceneId), { method: 'PATCH', json: fields })),
    moveScene: (sceneId: string, position: number) =>
      run('reorder', () => api(scenePath(sceneId), { method: 'PATCH', json: { position } })),
    addScene: () =>
      run('add-scene', () =>
        api(`/api/projects/${projectId}/scenes`, {
          method: 'POST',
          json: { sceneTitle: 'New scene', suggestedDuration: 5 },
        }),
      ),
    deleteScene: (sceneId: string) =>
      run(`delete:${sceneId}`, () => api(scenePath(sceneId), { method: 'DELETE' })),
    generateImage: (sceneId: string) =>
      run(
        `image:${sceneId}`,
        () => api('/api/generate-image', { method: 'POST', json: { sceneId } }),
        { startsJob: true },
      ),
    uploadImage: (sceneId: string, file: File) =>
      run(
        `upload:${sceneId}`,
        async () => {
          const form = new FormData()
          form.append('file', file)
          const { doc } = await api<{ doc: { id: string } }>(`/api/projects/${projectId}/uploads`, {
            method: 'POST',
            body: form,
          })
          await api('/api/generate-image', {
            method: 'POST',
            json: { sceneId, customImageId: doc.id },
          })
        },
        { startsJob: true },
      ),
    selectImage: (imageId: string) =>
      run(`select:${imageId}`, () =>
        api(`/api/generated-images/${imageId}`, { method: 'PATCH', json: { isSelected: true } }),
      ),
    generateClip: (sceneId: string) =>
      run(
        `clip:${sceneId}`,
        () => api('/api/generate-video', { method: 'POST', json: { sceneId } }),
        { startsJob: true },
      ),
    /** Every scene at once; each request stands alone, so one refusal does not stop the others. */
    generateAll: (kind: 'image' | 'clip', sceneIds: string[]) =>
      run(
        `all:${kind}`,
        async () => {
          const results = await Promise.allSettled(
            sceneIds.map((sceneId) =>
              api(kind === 'image' ? '/api/generate-image' : '/api/generate-video', {
                method: 'POST',
                json: { sceneId },
              }),
            ),
          )
          const refused = results.flatMap((r) =>
            r.status === 'rejected' ? [messageOf(r.reason)] : [],
          )
          if (refused.length) throw new Error([...new Set(refused)].join(' '))
        },
        { startsJob: true },
      ),
    stitch: (saveTimeline?: () => Promise<void>) =>
      run(
        'stitch',
        async () => {
          if (saveTimeline) await saveTimeline()
          await api('/api/stitch-videos', { method: 'POST', json: { projectId } })
        },
        { startsJob: true },
      ),
    retry: (sceneId?: string) =>
      run(
        `retry:${sceneId ?? 'project'}`,
        () =>
          api(`/api/projects/${projectId}/retry`, {
            method: 'POST',
            json: sceneId ? { sceneId } : {},
          }),
        { startsJob: true },
      ),
    run,
  }
  return { data, status, error, setError, busy, actions, projectId }
}

export type Studio = ReturnType<typeof useStudio>
