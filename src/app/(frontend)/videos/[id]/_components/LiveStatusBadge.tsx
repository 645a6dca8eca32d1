'use client'

import { useQuery } from '@tanstack/react-query'

import { api } from '../../../../../ui/api'
import type { ProjectStatus } from '../../../../../ui/useProjectStatus'
import { VideoStatusBadge } from '../../_components/VideoStatusBadge'

/** The video's state in the page header, following the status the editor polls (one shared cache entry). */
export function LiveStatusBadge({ id, initialStage }: { id: string; initialStage: string }) {
  const { data } = useQuery({
    queryKey: ['project-status', id],
    queryFn: () => api<ProjectStatus>(`/api/projects/${id}/status`),
    enabled: false,
  })
  return <VideoStatusBadge status={data?.stage ?? initialStage} />
}
