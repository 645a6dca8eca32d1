import { Download, Film } from 'lucide-react'

import type { Project } from '../../../../../../payload-types'
import { Card } from '../../../../../ui/PageHeader'

/** The stitched film: a player and a download. */
export function FinalFilm({
  project,
  finalVideoUrl,
}: {
  project: Project
  finalVideoUrl: string | null
}) {
  return (
    <Card className="p-6">
      <section aria-labelledby="film-heading" className="flex flex-col gap-4">
        <div className="flex items-center justify-between gap-4">
          <h2
            id="film-heading"
            className="flex items-center gap-2 text-lg font-semibold text-slate-900"
          >
            <Film size={20} aria-hidden className="text-brand-600" /> Final film
          </h2>
          {finalVideoUrl && (
            <a
              href={finalVideoUrl}
              download={`${project.name}.mp4`}
              className="inline-flex h-10 items-center gap-2 rounded-lg bg-white px-4 text-sm font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-600"
            >
              <Download size={16} aria-hidden /> Download
            </a>
          )}
        </div>
        {finalVideoUrl ? (
          <video
            key={finalVideoUrl}
            src={finalVideoUrl}
            controls
            preload="metadata"
            aria-label="Final film video"
            className="aspect-video w-full max-w-4xl rounded-xl bg-black"
          />
        ) : (
          <p className="rounded-xl border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">
            Stitch the timeline to make the film.
          </p>
        )}
      </section>
    </Card>
  )
}
