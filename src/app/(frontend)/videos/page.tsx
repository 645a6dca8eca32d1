import type { Where } from 'payload'
import { Clapperboard, Film } from 'lucide-react'
import { z } from 'zod'

import { videoStatuses, whereVideoStatus } from '../../../../plugins/training/endpoints/shapes'
import { listTrainingVideos } from '../../../../plugins/training/services/videoView'
import { idOf } from '../../../lib/db/ids'
import { ButtonLink } from '../../../ui/Button'
import { EmptyState, PageHeader } from '../../../ui/PageHeader'
import { localApi, requireTraining } from '../_lib/session'
import { RefreshWhile } from '../../../ui/RefreshWhile'
import { LibraryFilters } from './_components/LibraryFilters'
import { VideoCard } from './_components/VideoCard'
import { isRendering } from './_components/VideoStatusBadge'

export const metadata = { title: 'Videos' }
export const dynamic = 'force-dynamic'

const filterOf = (params: Record<string, string | string[] | undefined>) => ({
  status: z.enum(videoStatuses).safeParse(params.status).data,
  equipmentId: z.uuid().safeParse(params.equipment).data,
})

/** The training video library: filtered by status and equipment (in the URL), newest first. */
export default async function VideosPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { user } = await requireTraining()
  const filter = filterOf(await searchParams)
  const payload = await localApi()
  const reader = { payload, user }
  const ofEquipment: Where[] = filter.equipmentId
    ? [{ equipment: { equals: filter.equipmentId } }]
    : []
  const countOf = (where: Where) =>
    payload
      .count({
        collection: 'projects',
        where: { and: [{ kind: { equals: 'training' } }, ...ofEquipment, where] },
        overrideAccess: false,
        user,
      })
      .then((c) => c.totalDocs)
  const [videos, equipment, processing, completed, failed] = await Promise.all([
    listTrainingVideos(reader, filter),
    payload.find({
      collection: 'training-equipment',
      sort: 'name',
      pagination: false,
      depth: 0,
      select: { name: true },
      overrideAccess: false,
      user,
    }),
    countOf(whereVideoStatus('processing')),
    countOf(whereVideoStatus('completed')),
    countOf(whereVideoStatus('failed')),
  ])
  const equipmentName = new Map(equipment.docs.map((e) => [e.id, e.name]))
  const total = processing + completed + failed
  const newVideo = (
    <ButtonLink
      href={filter.equipmentId ? `/videos/new?equipment=${filter.equipmentId}` : '/videos/new'}
      icon={<Clapperboard size={16} aria-hidden />}
    >
      New video
    </ButtonLink>
  )
  return (
    <>
      <PageHeader
        title="Videos"
        description="Narrated maintenance training videos, written from your equipment manuals."
        actions={newVideo}
      />
      <RefreshWhile active={videos.some((video) => isRendering(video.stage))} intervalMs={2500} />
      {total === 0 && !filter.equipmentId ? (
        <EmptyState icon={<Film aria-hidden />} title="No training videos yet" action={newVideo}>
          Describe a maintenance task in one line: the script is written from the equipment&apos;s
          manual, scene by scene, ready to edit and render.
        </EmptyState>
      ) : (
        <>
          <LibraryFilters
            status={filter.status ?? 'all'}
            equipmentId={filter.equipmentId ?? null}
            counts={{ all: total, processing, completed, failed }}
            equipment={equipment.docs.map((e) => ({ id: e.id, label: e.name }))}
          />
          {videos.length === 0 ? (
            <p className="rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center text-sm text-slate-600">
              No videos match these filters.
            </p>
          ) : (
            <ul
              aria-label="Videos"
              className="grid grid-cols-[repeat(auto-fill,minmax(320px,1fr))] gap-6"
            >
              {videos.map((video) => (
                <VideoCard
                  key={video.id}
                  video={video}
                  equipmentName={equipmentName.get(idOf(video.equipment_id) ?? '') ?? null}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  )
}
