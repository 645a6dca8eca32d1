'use client'

import { useQuery } from '@tanstack/react-query'

import { api } from '../../../src/ui/api'
import type { MediaFile } from '../../../src/ui/admin/MediaPreview'

export type SceneMedia = MediaFile & {
  id: string
  isSelected?: boolean | null
  prompt?: string | null
  createdAt: string
}

const mediaCollections = {
  images: 'generated-images',
  clips: 'generated-videos',
  seedFrames: 'seed-frames',
} as const

/**
 * A scene's generated images, clips and seed frames (REST, as the signed-in user), newest first;
 * `version` (the scene's status) re-reads them whenever a job moves the scene on.
 */
export function useSceneMedia(sceneId: string, version: string) {
  return useQuery({
    queryKey: ['scene-media', sceneId, version],
    queryFn: async () => {
      const entries = await Promise.all(
        Object.entries(mediaCollections).map(async ([key, slug]) => {
          const query = new URLSearchParams({
            'where[scene][equals]': sceneId,
            sort: '-createdAt',
            depth: '0',
            limit: '24',
          })
          const { docs } = await api<{ docs: SceneMedia[] }>(`/api/${slug}?${query}`)
          return [key, docs] as const
        }),
      )
      return Object.fromEntries(entries) as Record<keyof typeof mediaCollections, SceneMedia[]>
    },
  })
}

/** The project's kind (a training video's clips come from its narrated render, not per scene). */
export function useProjectKind(projectId: string | null) {
  return useQuery({
    queryKey: ['project-kind', projectId],
    enabled: Boolean(projectId),
    queryFn: async () =>
      (await api<{ kind?: string | null }>(`/api/projects/${projectId}?depth=0&select[kind]=true`))
        .kind ?? 'marketing',
  })
}
