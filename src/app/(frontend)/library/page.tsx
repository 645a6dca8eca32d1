import { Library } from 'lucide-react'
import Link from 'next/link'

import { EmptyState, PageHeader } from '../../../ui/PageHeader'
import { localApi, requireSession } from '../_lib/session'
import { VideosInProgress } from './_components/VideosInProgress'

export const metadata = { title: 'Library' }
export const dynamic = 'force-dynamic'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' })

/**
 * The company's finished films — completed projects and training videos — read through the
 * same access rules as the API (another company's never appear) — and those still rendering or
 * failed (`VideosInProgress`).
 */
export default async function LibraryPage() {
  const { user } = await requireSession()
  const payload = await localApi()
  const { docs } = await payload.find({
    collection: 'projects',
    where: { status: { equals: 'COMPLETED' } },
    sort: '-updatedAt',
    limit: 50,
    depth: 0,
    select: { name: true, kind: true, finalVideoUrl: true, subtitles: true, updatedAt: true },
    overrideAccess: false,
    user,
  })
  return (
    <>
      <PageHeader
        title="Library"
        description="Every finished film of your company, ready to watch and share."
      />
      <VideosInProgress payload={payload} user={user} />
      {docs.length === 0 ? (
        <EmptyState icon={<Library aria-hidden />} title="No finished films yet">
          Films appear here once a project is stitched.
        </EmptyState>
      ) : (
        <ul
          aria-label="Finished films"
          className="grid grid-cols-[repeat(auto-fill,minmax(380px,1fr))] gap-6"
        >
          {docs.map((video) => (
            <li
              key={video.id}
              className="overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-xs"
            >
              {video.finalVideoUrl && (
                <video
                  controls
                  preload="metadata"
                  src={video.finalVideoUrl}
                  aria-label={`${video.name} video`}
                  className="aspect-video w-full bg-black"
                >
                  {video.subtitles && (
                    <track
                      kind="subtitles"
                      srcLang="en"
                      label="English"
                      src={`/api/videos/${video.id}/subtitles.vtt`}
                      default
                    />
                  )}
                </video>
              )}
              <div className="flex items-center justify-between gap-3 px-4 py-3">
                <div className="min-w-0">
                  <h2 className="truncate font-semibold text-slate-900">
                    {video.kind === 'training' ? (
                      video.name
                    ) : (
                      <Link href={`/projects/${video.id}`} className="hover:underline">
                        {video.name}
                      </Link>
                    )}
                  </h2>
                  <p className="text-xs text-slate-600">
                    {video.kind === 'training' ? 'Training video' : 'Brand film'} ·{' '}
                    {dateFormat.format(new Date(video.updatedAt))}
                  </p>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
