import type { Payload } from 'payload'

import type { User } from '../../../../../payload-types'
import { Card } from '../../../../ui/PageHeader'
import { RefreshWhile } from '../../../../ui/RefreshWhile'
import { StatusBadge } from '../../../../ui/StatusBadge'

/**
 * The company's videos being rendered right now (the demo video on a first start, among others)
 * or whose render failed, with the reason: the library says where a video is before it is
 * finished. Same access rules as the API; `GET /api/videos` and `GET /api/projects/:id/status`
 * report the same state.
 */
export async function VideosInProgress({ payload, user }: { payload: Payload; user: User }) {
  const { docs } = await payload.find({
    collection: 'projects',
    where: { status: { in: ['SCENE_GENERATION', 'STITCHING', 'FAILED'] } },
    sort: '-updatedAt',
    limit: 20,
    depth: 0,
    select: { name: true, kind: true, status: true, failureReason: true },
    overrideAccess: false,
    user,
  })
  if (docs.length === 0) return null
  return (
    <Card className="mb-8 px-4 py-3">
      {/* A render finishing moves its video to the finished films without a reload. */}
      <RefreshWhile active={docs.some((video) => video.status !== 'FAILED')} />
      <h2 id="videos-in-progress" className="text-sm font-semibold text-slate-900">
        Not finished yet
      </h2>
      <ul aria-labelledby="videos-in-progress" className="mt-2 divide-y divide-slate-100">
        {docs.map((video) => (
          <li
            key={video.id}
            className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm"
          >
            <span className="min-w-0 truncate text-slate-900">
              {video.name}{' '}
              <span className="text-xs text-slate-600">
                · {video.kind === 'training' ? 'Training video' : 'Brand film'}
              </span>
            </span>
            <span className="flex items-center gap-2">
              {video.status === 'FAILED' && (
                <span className="text-xs text-red-800">
                  {video.failureReason ?? 'No reason given'}
                </span>
              )}
              <StatusBadge status={video.status} />
            </span>
          </li>
        ))}
      </ul>
    </Card>
  )
}
