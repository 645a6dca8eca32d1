import type { Payload, TypedUser } from 'payload'

const stages: Record<string, string> = {
  SCENE_GENERATION: 'Rendering scenes',
  STITCHING: 'Stitching the final video',
  FAILED: 'Failed',
}

/**
 * Videos of the company being rendered right now (the demo video on a first start, among others),
 * or whose render failed with its reason: the library says where a video is before it is finished.
 * Same access rules as the API. Reload the page to follow them (`GET /api/videos` and
 * `GET /api/projects/:id/status` report the same state).
 */
export async function VideosInProgress({ payload, user }: { payload: Payload; user: TypedUser }) {
  const { docs } = await payload.find({
    collection: 'projects',
    where: { status: { in: Object.keys(stages) } },
    sort: '-updatedAt',
    limit: 20,
    depth: 0,
    select: { name: true, kind: true, status: true, failureReason: true },
    overrideAccess: false,
    user,
  })
  if (docs.length === 0) return null
  return (
    <section aria-labelledby="videos-in-progress">
      <h2 id="videos-in-progress">Not finished yet</h2>
      <ul>
        {docs.map((video) => (
          <li key={video.id}>
            <strong>{video.name}</strong> ({video.kind === 'training' ? 'training video' : 'brand film'}):{' '}
            <span role="status">{video.status === 'FAILED' ? `Failed — ${video.failureReason ?? 'no reason given'}` : `${stages[video.status ?? ''] ?? video.status}…`}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
