import config from '@payload-config'
import { headers as requestHeaders } from 'next/headers'
import Link from 'next/link'
import { getPayload } from 'payload'

import { VideosInProgress } from './_components/VideosInProgress'

export const dynamic = 'force-dynamic'

/**
 * The signed-in user's finished films — their company's completed projects and training videos —
 * read through the same access rules as the API (another company's never appear), and those still
 * rendering or failed.
 */
export default async function LibraryPage() {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await requestHeaders() })
  if (!user) {
    return (
      <>
        <h1>Library</h1>
        <p>
          <Link href="/admin/login?redirect=%2Flibrary">Sign in</Link> to see your company&apos;s videos (demo: <code>demo@trainai.com</code> / <code>demo</code>).
        </p>
      </>
    )
  }
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
      <h1>Library</h1>
      <VideosInProgress payload={payload} user={user} />
      {docs.length === 0 && <p>No finished videos yet.</p>}
      {docs.map((video) => (
        <section key={video.id}>
          <h2>{video.name}</h2>
          <p>
            {video.kind === 'training' ? 'Training video' : 'Brand film'} · {new Date(video.updatedAt).toLocaleString('en')}
          </p>
          {video.finalVideoUrl && (
            <video controls preload="metadata" width={640} src={video.finalVideoUrl}>
              {video.subtitles && <track kind="subtitles" srcLang="en" label="English" src={`/api/videos/${video.id}/subtitles.vtt`} default />}
            </video>
          )}
        </section>
      ))}
    </>
  )
}
