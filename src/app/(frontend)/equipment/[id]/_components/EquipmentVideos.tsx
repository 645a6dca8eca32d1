import { Clapperboard } from 'lucide-react'
import Link from 'next/link'

import { Card } from '../../../../../ui/PageHeader'
import { VideoStatusBadge } from '../../../videos/_components/VideoStatusBadge'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' })

/** The training videos written from this equipment's files. */
export function EquipmentVideos({
  videos,
  equipmentId,
}: {
  videos: Array<{
    id: string
    name: string
    status: string
    taskType: string | null
    createdAt: string
  }>
  equipmentId: string
}) {
  return (
    <Card className="p-5">
      <section aria-labelledby="equipment-videos" className="flex flex-col gap-3">
        <h2 id="equipment-videos" className="flex items-center gap-2 font-semibold text-slate-900">
          <Clapperboard size={18} aria-hidden className="text-brand-600" /> Training videos
        </h2>
        {videos.length === 0 ? (
          <p className="text-sm text-slate-600">
            None yet.{' '}
            <Link
              href={`/videos/new?equipment=${equipmentId}`}
              className="font-medium text-brand-700 hover:underline"
            >
              Write the first one
            </Link>{' '}
            from its manual.
          </p>
        ) : (
          <ul className="-mx-2 flex flex-col">
            {videos.map((video) => (
              <li key={video.id}>
                <Link
                  href={`/videos/${video.id}`}
                  className="flex items-center justify-between gap-3 rounded-lg px-2 py-2 hover:bg-slate-50"
                >
                  <span className="min-w-0">
                    <span className="block truncate text-sm font-medium text-slate-900">
                      {video.name}
                    </span>
                    <span className="block text-xs text-slate-500">
                      {[video.taskType, dateFormat.format(new Date(video.createdAt))]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </span>
                  <VideoStatusBadge status={video.status} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  )
}
