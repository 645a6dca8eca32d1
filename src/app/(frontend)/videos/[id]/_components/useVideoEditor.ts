'use client'

import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { TrainingScene } from '../../../../../../plugins/training/services/videoView'
import { api, messageOf } from '../../../../../ui/api'
import type { ProjectStatus } from '../../../../../ui/useProjectStatus'

/** `GET /api/videos/:id`: the TrainAI document's video with its scenes. */
export type VideoDetail = {
  id: string
  title: string
  prompt: string
  equipment_id: string | null
  equipment_model: string | null
  task_type: string | null
  status: 'processing' | 'completed' | 'failed'
  failure_reason: string | null
  video_url: string | null
  subtitles_url: string | null
  scenes: TrainingScene[]
}

const rendering = (stage: string | undefined) =>
  stage === 'SCENE_GENERATION' || stage === 'STITCHING'

/**
 * The editor's state: the video (REST, cached), the render's live status (polled while it runs;
 * a reload picks it up from the server), and the actions. Saves in flight are tracked so that
 * "Generate video" renders the text the user just typed.
 */
export function useVideoEditor(initial: { video: VideoDetail; status: ProjectStatus }) {
  const id = initial.video.id
  const router = useRouter()
  const queryClient = useQueryClient()
  const videoKey = ['training-video', id]
  const video = useQuery({
    queryKey: videoKey,
    queryFn: () => api<VideoDetail>(`/api/videos/${id}`),
    initialData: initial.video,
  }).data
  // From "Generate video" until the server's status says so.
  const [expectRender, setExpectRender] = useState(false)
  const status = useQuery({
    queryKey: ['project-status', id],
    queryFn: () => api<ProjectStatus>(`/api/projects/${id}/status`),
    initialData: initial.status,
    refetchInterval: (query) => (expectRender || rendering(query.state.data?.stage) ? 1000 : false),
  }).data

  // When the render moves on (a scene done, the film ready, a failure), re-read the video.
  const signature = [status.stage, ...status.scenes.map((s) => s.status)].join('|')
  const previous = useRef(signature)
  useEffect(() => {
    if (previous.current === signature) return
    previous.current = signature
    void queryClient.invalidateQueries({ queryKey: ['training-video', id] })
  }, [signature, status.stage, id, queryClient])

  const setScene = useCallback(
    (scene: TrainingScene) =>
      queryClient.setQueryData<VideoDetail>(
        ['training-video', id],
        (old) => old && { ...old, scenes: old.scenes.map((s) => (s.id === scene.id ? scene : s)) },
      ),
    [queryClient, id],
  )
  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: ['training-video', id] }),
    [queryClient, id],
  )

  const inFlight = useRef(new Set<Promise<unknown>>())
  const unsaved = useRef(new Map<string, number>())
  const track = <T>(promise: Promise<T>) => {
    inFlight.current.add(promise)
    void promise.finally(() => inFlight.current.delete(promise)).catch(() => undefined)
    return promise
  }

  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  const patchScene = useCallback(
    async (sceneId: string, body: { voiceover_text?: string; duration?: number | null }) => {
      const scene = await track(
        api<TrainingScene>(`/api/scenes/${sceneId}`, { method: 'PATCH', json: body }),
      )
      setScene(scene)
      return scene
    },
    [setScene],
  )

  const actions = {
    saveVoiceover: (sceneId: string, text: string) => patchScene(sceneId, { voiceover_text: text }),
    saveDuration: (sceneId: string, seconds: number | null) =>
      patchScene(sceneId, { duration: seconds }),
    /** A field says whether its latest text is saved; generation waits for (and checks) them. */
    reportUnsaved: (sceneId: string, sceneNumber: number | null) => {
      if (sceneNumber === null) unsaved.current.delete(sceneId)
      else unsaved.current.set(sceneId, sceneNumber)
    },
    deleteScene: async (sceneId: string) => {
      await api(`/api/scenes/${sceneId}`, { method: 'DELETE' })
      unsaved.current.delete(sceneId)
      await refresh()
    },
    uploadScreenshot: async (sceneId: string, file: File) => {
      setBusy(`screenshot:${sceneId}`)
      setError(null)
      try {
        const form = new FormData()
        form.append('file', file)
        setScene(
          await api<TrainingScene>(`/api/scenes/${sceneId}/screenshot`, {
            method: 'POST',
            body: form,
          }),
        )
      } catch (e) {
        setError(messageOf(e))
      } finally {
        setBusy(null)
      }
    },
    generate: async (burnSubtitles: boolean) => {
      setBusy('generate')
      setError(null)
      try {
        await Promise.allSettled([...inFlight.current])
        const notSaved = [...unsaved.current.values()].sort((a, b) => a - b)
        if (notSaved.length)
          throw new Error(
            `Scene ${notSaved.join(', ')}: the voiceover is not saved yet. Retry the save first, so the video says what you wrote.`,
          )
        setExpectRender(true)
        await api(`/api/videos/${id}/generate`, {
          method: 'POST',
          json: { burn_subtitles: burnSubtitles },
        })
        // The server marked the video rendering before answering: the next status read shows it.
        await queryClient.invalidateQueries({ queryKey: ['project-status', id] })
      } catch (e) {
        setError(messageOf(e))
      } finally {
        setExpectRender(false)
        setBusy(null)
      }
    },
    deleteVideo: async () => {
      await api(`/api/videos/${id}`, { method: 'DELETE' })
      router.push('/videos')
      router.refresh()
    },
  }
  return {
    video,
    status,
    isRendering: expectRender || rendering(status.stage),
    error,
    setError,
    busy,
    actions,
  }
}

export type VideoEditorState = ReturnType<typeof useVideoEditor>
