import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { z } from 'zod'

import { getSession, localApi } from '../_lib/session'
import type { StudioVideo } from './_components/choreography'
import { demoVideo } from './_components/demoVideo'
import { OpenVideoForm } from './_components/OpenVideoForm'
import { studioVideoFromScenes } from './_components/realVideo'
import { readTrainingVideo, studioChoices } from './_components/studioSources'
import { StudioPlayer } from './_components/StudioPlayer'

export const metadata: Metadata = { title: 'Studio' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>
const single = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) || null

/** The sample's steps on a model the Studio knows no parts of: the camera moves, nothing else. */
const withoutParts = (video: StudioVideo): StudioVideo => ({
  ...video,
  steps: video.steps.map((step) => ({
    ...step,
    highlight: null,
    highlightLabel: undefined,
    motions: [],
  })),
})

/**
 * `/studio`: the 4D player. Its sample ships with the page and plays with no backend at all.
 * Signed in to a TrainAI company, `?video=` opens one of the company's training videos and
 * `?model=` one of its uploaded glTF models (`sample` for the built-in oven; by default the
 * video's own equipment's model, if it has one). Another company's ids are not found.
 */
export default async function StudioPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const videoId = single(params.video)
  const modelId = single(params.model)
  // A backend that cannot answer leaves the sample playing (undefined); signed out is null.
  const session = await getSession().catch(() => undefined)
  const asksForReal = Boolean(videoId || (modelId && modelId !== 'sample'))
  if (session === null && asksForReal) {
    const here = new URLSearchParams({
      ...(videoId && { video: videoId }),
      ...(modelId && { model: modelId }),
    })
    redirect(`/login?next=${encodeURIComponent(`/studio?${here}`)}`)
  }
  if (!session?.company?.offersTraining) {
    // A company without TrainAI has no training videos or equipment: whatever the ids name is
    // another company's.
    if (session && asksForReal) notFound()
    return <StudioPlayer />
  }

  const payload = await localApi()
  const { videos, models } = await studioChoices(payload, session.user)
  const isId = (id: string | null) => Boolean(id && z.uuid().safeParse(id).success)
  if (videoId && !isId(videoId)) notFound()
  const real = videoId ? await readTrainingVideo(payload, session.user, videoId) : null
  if (videoId && !real) notFound()
  const model =
    modelId === 'sample'
      ? null
      : modelId
        ? models.find((candidate) => candidate.id === modelId)
        : (models.find((candidate) => real && candidate.equipmentId === real.equipmentId) ?? null)
  if (model === undefined) notFound()

  const video = real
    ? studioVideoFromScenes(real.about, real.scenes, { sampleModel: !model })
    : model
      ? withoutParts(demoVideo)
      : demoVideo
  return (
    <StudioPlayer
      key={`${video.id}:${model?.id ?? 'sample'}`}
      video={video}
      model={model && { url: model.url, name: model.name }}
      opener={
        <OpenVideoForm
          videos={videos}
          models={models}
          videoId={real?.about.id ?? null}
          modelId={model?.id ?? null}
        />
      }
    />
  )
}
