'use client'

import { Download, Film, Sparkles } from 'lucide-react'
import { useState } from 'react'
import { Switch } from 'react-aria-components'

import { Button } from '../../../../../ui/Button'
import { JobProgress } from '../../../../../ui/JobProgress'
import { Card } from '../../../../../ui/PageHeader'
import { FilmPlayer } from '../../_components/FilmPlayer'
import type { VideoEditorState } from './useVideoEditor'

function stageText(editor: VideoEditorState): string {
  const { status } = editor
  if (status.stage === 'STITCHING') return 'Joining the scenes into the film'
  if (status.stage === 'COMPLETED') return 'Finished'
  if (status.stage === 'FAILED') return 'Render failed'
  if (editor.isRendering) {
    const done = status.scenes.filter((s) => s.status === 'COMPLETED').length
    return `Rendering scene ${Math.min(done + 1, status.scenes.length)} of ${status.scenes.length}`
  }
  return 'Not rendered yet'
}

/** "Generate video" (with the burn-in subtitles option), the render's progress, and the finished film. */
export function RenderPanel({ editor, canEdit }: { editor: VideoEditorState; canEdit: boolean }) {
  const { video, status, isRendering, busy, actions } = editor
  const [burnSubtitles, setBurnSubtitles] = useState(false)
  const failed = status.stage === 'FAILED'
  const started = isRendering || failed || status.stage === 'COMPLETED'
  const generate = () => void actions.generate(burnSubtitles)
  return (
    <Card className="p-5">
      <section aria-labelledby="render-heading" className="flex flex-col gap-5">
        <h2 id="render-heading" className="flex items-center gap-2 font-semibold text-slate-900">
          <Film size={18} aria-hidden className="text-brand-600" /> Video
        </h2>
        {started && (
          <JobProgress
            label="Video progress"
            stage={stageText(editor)}
            value={status.progress}
            state={failed ? 'failed' : status.stage === 'COMPLETED' ? 'done' : 'running'}
            failureReason={status.failureReason}
            onRetry={canEdit ? generate : undefined}
            retrying={busy === 'generate'}
          />
        )}
        {video.video_url && !isRendering ? (
          <div className="flex flex-col gap-3">
            <FilmPlayer
              src={video.video_url}
              subtitles={video.subtitles_url}
              label={`${video.title} video`}
            />
            <a
              href={video.video_url}
              download={`${video.title}.mp4`}
              className="inline-flex h-9 items-center gap-2 self-start rounded-lg px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-600"
            >
              <Download size={16} aria-hidden /> Download MP4
            </a>
          </div>
        ) : (
          !isRendering && (
            <p className="rounded-xl border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600">
              Each scene becomes a narrated step: its screenshot (or the equipment photo) with the
              voiceover, then one film with subtitles.
            </p>
          )
        )}
        {canEdit && (
          <div className="flex flex-col gap-4 border-t border-slate-100 pt-4">
            <Switch
              isSelected={burnSubtitles}
              onChange={setBurnSubtitles}
              isDisabled={isRendering}
              className="group flex cursor-pointer items-center gap-3 text-sm text-slate-700 outline-none data-[disabled]:cursor-not-allowed data-[disabled]:opacity-50"
            >
              <span className="flex h-5 w-9 shrink-0 items-center rounded-full bg-slate-300 p-0.5 transition-colors group-data-[focus-visible]:ring-2 group-data-[focus-visible]:ring-brand-600 group-data-[focus-visible]:ring-offset-2 group-data-[selected]:bg-brand-600">
                <span className="size-4 rounded-full bg-white shadow transition-transform group-data-[selected]:translate-x-4" />
              </span>
              <span>
                Burn in subtitles
                <span className="block text-xs text-slate-500">
                  Always visible in the picture. The subtitle track is included either way.
                </span>
              </span>
            </Switch>
            <Button
              onPress={generate}
              isDisabled={isRendering || busy === 'generate' || video.scenes.length === 0}
              icon={<Sparkles size={16} aria-hidden />}
            >
              {isRendering ? 'Generating…' : 'Generate video'}
            </Button>
          </div>
        )}
      </section>
    </Card>
  )
}
