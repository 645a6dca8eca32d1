import type { UIFieldServerProps, Where } from 'payload'

import '../../../src/ui/admin/admin.css'

type Source = { file?: unknown; page?: number | null }

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value
    ? String((value as { id: unknown }).id)
    : value
      ? String(value)
      : null

/** A passage of a manual page, cut at a word near `length`. */
const excerpt = (text: string, length = 220) =>
  text.length <= length
    ? text
    : `${text.slice(0, text.lastIndexOf(' ', length) > 0 ? text.lastIndexOf(' ', length) : length)}…`

/**
 * A training scene's grounding and sound (a `ui` field, server-rendered): the manual pages its
 * narration was written from, read as the signed-in user, and a "Listen" player that speaks the
 * saved voiceover text with the render's voice.
 */
export async function TrainingSceneField({ id, data, payload, req }: UIFieldServerProps) {
  if (!id) return null
  const sources = ((data?.manualSources as Source[] | undefined) ?? []).flatMap((source) => {
    const file = idOf(source.file)
    return file && source.page ? [{ file, page: source.page }] : []
  })
  const where: Where = {
    or: sources.map((source): Where => ({
      and: [{ file: { equals: source.file } }, { page: { equals: source.page } }],
    })),
  }
  const pages = sources.length
    ? (
        await payload.find({
          collection: 'manual-pages',
          where,
          depth: 1,
          limit: 50,
          overrideAccess: false,
          user: req.user,
          req,
        })
      ).docs
    : []
  const adminRoute = payload.config.routes.admin
  const version = encodeURIComponent(String(data?.updatedAt ?? ''))
  return (
    <section className="reel-panel" aria-labelledby="training-scene-heading">
      <h2 id="training-scene-heading">Narration</h2>
      {data?.voiceoverText ? (
        <div>
          <h3 id="listen-heading">Listen</h3>
          <audio
            controls
            preload="none"
            src={`/api/scenes/${id}/narration?v=${version}`}
            aria-labelledby="listen-heading"
            className="reel-media__player"
          />
          <p className="reel-muted">
            The saved voiceover, in the voice of the render. Save your edits to hear them.
          </p>
        </div>
      ) : (
        <p className="reel-muted">Write the voiceover text to hear it.</p>
      )}
      <h3>Cited manual pages</h3>
      {pages.length === 0 ? (
        <p className="reel-muted">
          {sources.length
            ? 'The cited pages are no longer available.'
            : 'This step cites no manual page.'}
        </p>
      ) : (
        <ul className="reel-list" aria-label="Cited manual pages">
          {pages.map((page) => {
            const file = typeof page.file === 'object' && page.file ? page.file : null
            return (
              <li key={page.id} className="reel-card">
                <a href={`${adminRoute}/collections/manual-pages/${page.id}`}>
                  {file?.originalFilename ?? file?.filename ?? 'Manual'}, page {page.page}
                </a>
                <span className="reel-muted">{excerpt(page.text)}</span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
