'use client'

import { Trash2 } from 'lucide-react'

import { ConfirmButton } from '../../../../../ui/ConfirmButton'
import { FormError } from '../../../../../ui/fields'
import type { ProjectStatus } from '../../../../../ui/useProjectStatus'
import { RenderPanel } from './RenderPanel'
import { SceneEditor } from './SceneEditor'
import { useVideoEditor, type VideoDetail } from './useVideoEditor'

/** The scenes in order beside the render panel; everything reads and writes through the REST API. */
export function VideoEditor({
  initial,
  canEdit,
  equipmentPhoto,
}: {
  initial: { video: VideoDetail; status: ProjectStatus }
  canEdit: boolean
  equipmentPhoto: string | null
}) {
  const editor = useVideoEditor(initial)
  const { video, status } = editor
  return (
    <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_420px]">
      <div className="flex flex-col gap-4">
        <FormError message={editor.error} />
        {video.scenes.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center text-sm text-slate-600">
            This video has no scenes left.
          </p>
        ) : (
          <ol aria-label="Scenes" className="flex flex-col gap-4">
            {video.scenes.map((scene) => (
              <SceneEditor
                key={scene.id}
                scene={scene}
                live={status.scenes.find((s) => s.id === scene.id)}
                editor={editor}
                canEdit={canEdit}
                equipmentPhoto={equipmentPhoto}
              />
            ))}
          </ol>
        )}
      </div>
      <div className="flex flex-col gap-4 xl:sticky xl:top-24">
        <RenderPanel editor={editor} canEdit={canEdit} />
        {canEdit && (
          <div className="flex justify-end">
            <ConfirmButton
              triggerVariant="ghost"
              icon={<Trash2 size={16} aria-hidden />}
              isDisabled={editor.isRendering}
              title="Delete this video?"
              confirmLabel="Delete video"
              message={
                <p>
                  Its {video.scenes.length} scenes, their screenshots and clips, and the finished
                  film are deleted. The equipment and its manuals stay.
                </p>
              }
              onConfirm={editor.actions.deleteVideo}
            >
              Delete video
            </ConfirmButton>
          </div>
        )}
      </div>
    </div>
  )
}
