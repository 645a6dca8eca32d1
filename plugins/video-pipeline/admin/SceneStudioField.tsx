'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useQueryClient } from '@tanstack/react-query'
import type { UIFieldClientProps } from 'payload'
import { useEffect, useState } from 'react'

import { MediaPreview } from '../../../src/ui/admin/MediaPreview'
import { ProgressMeter } from '../../../src/ui/admin/ProgressMeter'
import { api, messageOf } from '../../../src/ui/api'
import { QueryProvider } from '../../../src/ui/QueryProvider'
import { statusLabels } from '../../../src/ui/StatusBadge'
import { stageState, useProjectStatus } from '../../../src/ui/useProjectStatus'
import '../../../src/ui/admin/admin.css'
import { useFormFollowsJobs } from './useFormFollowsJobs'
import { type SceneMedia, useProjectKind, useSceneMedia } from './useSceneMedia'

type Props = UIFieldClientProps & { kindsWithRender?: string[] }

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value
    ? String((value as { id: unknown }).id)
    : value
      ? String(value)
      : null

/**
 * The scene document's media (a `ui` field): its progress, the generated images and clips with
 * "Select" and "Regenerate", the seed frames and the custom image it was given.
 */
export function SceneStudioField({ kindsWithRender = [] }: Props) {
  const { id, savedDocumentData, hasSavePermission } = useDocumentInfo()
  if (!id || !savedDocumentData) return null
  return (
    <QueryProvider>
      <SceneStudio
        sceneId={String(id)}
        sceneNumber={Number(savedDocumentData.sceneNumber ?? 0)}
        projectId={idOf(savedDocumentData.project)}
        customImage={(savedDocumentData.customImageInput as string | null) ?? null}
        canEdit={hasSavePermission !== false}
        kindsWithRender={kindsWithRender}
      />
    </QueryProvider>
  )
}

type SceneProps = {
  sceneId: string
  sceneNumber: number
  projectId: string | null
  customImage: string | null
  canEdit: boolean
  kindsWithRender: string[]
}

function SceneStudio({
  sceneId,
  sceneNumber,
  projectId,
  customImage,
  canEdit,
  kindsWithRender,
}: SceneProps) {
  const queryClient = useQueryClient()
  // Just after a job is queued the worker may not have reported yet: poll for a while regardless.
  const [expectWork, setExpectWork] = useState(false)
  useEffect(() => {
    if (!expectWork) return
    const timer = setTimeout(() => setExpectWork(false), 15_000)
    return () => clearTimeout(timer)
  }, [expectWork])
  const status = useProjectStatus(projectId ?? '', { expectWork }).data
  const scene = status?.scenes.find((s) => s.id === sceneId)
  const media = useSceneMedia(sceneId, scene?.status ?? '').data
  const kind = useProjectKind(projectId).data
  const rendersWhole = kind ? kindsWithRender.includes(kind) : false
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  // The form's Status (and what a job wrote beside it) follows the jobs.
  useFormFollowsJobs('scenes', {
    reported: scene && { status: scene.status, failureReason: scene.failureReason },
    idle: !scene || stageState(scene.status) !== 'running',
  })

  const run = async (key: string, action: () => Promise<unknown>, startsJob = false) => {
    setBusy(key)
    setError(null)
    try {
      await action()
      if (startsJob) setExpectWork(true)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(null)
      await queryClient.invalidateQueries({ queryKey: ['scene-media', sceneId] })
      await queryClient.invalidateQueries({ queryKey: ['project-status', projectId] })
    }
  }
  const regenerate = (what: 'image' | 'clip') =>
    run(
      what,
      () =>
        api(what === 'image' ? '/api/generate-image' : '/api/generate-video', {
          method: 'POST',
          json: { sceneId },
        }),
      true,
    )
  const select = (slug: string, doc: SceneMedia) =>
    run(`select:${doc.id}`, () =>
      api(`/api/${slug}/${doc.id}`, { method: 'PATCH', json: { isSelected: true } }),
    )

  return (
    <section className="reel-panel" aria-labelledby="scene-media-heading">
      <div className="reel-panel__header">
        <h2 id="scene-media-heading">Scene media</h2>
        {canEdit && (
          <div className="reel-toolbar" role="toolbar" aria-label="Scene generation">
            <Button
              buttonStyle="secondary"
              size="small"
              onClick={() => void regenerate('image')}
              disabled={busy !== null}
            >
              Regenerate image
            </Button>
            {!rendersWhole && (
              <Button
                buttonStyle="secondary"
                size="small"
                onClick={() => void regenerate('clip')}
                disabled={busy !== null}
              >
                Regenerate clip
              </Button>
            )}
          </div>
        )}
      </div>
      {error && (
        <p role="alert" className="reel-error">
          {error}
        </p>
      )}
      {scene && (
        <ProgressMeter
          label={`Scene ${sceneNumber} progress`}
          stage={statusLabels[scene.status] ?? scene.status}
          value={scene.progress}
          state={stageState(scene.status)}
          failureReason={scene.failureReason}
          retry={
            canEdit && projectId ? (
              <Button
                buttonStyle="error"
                size="small"
                onClick={() =>
                  void run(
                    'retry',
                    () =>
                      api(`/api/projects/${projectId}/retry`, {
                        method: 'POST',
                        json: { sceneId },
                      }),
                    true,
                  )
                }
              >
                Retry
              </Button>
            ) : null
          }
        />
      )}
      <MediaGroup
        title="Images"
        slug="generated-images"
        docs={media?.images}
        what="Image"
        canEdit={canEdit}
        busy={busy}
        onSelect={select}
      />
      <MediaGroup
        title="Clips"
        slug="generated-videos"
        docs={media?.clips}
        what="Clip"
        canEdit={canEdit}
        busy={busy}
        onSelect={select}
      />
      {media && media.seedFrames.length > 0 && (
        <MediaGroup
          title="Seed frames"
          slug="seed-frames"
          docs={media.seedFrames}
          what="Seed frame"
          canEdit={false}
          busy={busy}
          onSelect={select}
        />
      )}
      {customImage && (
        <div>
          <h3>Custom image</h3>
          <MediaPreview
            file={{ url: customImage, mimeType: 'image/*' }}
            label={`Scene ${sceneNumber} custom image`}
          />
        </div>
      )}
    </section>
  )
}

type GroupProps = {
  title: string
  slug: string
  what: string
  docs: SceneMedia[] | undefined
  canEdit: boolean
  busy: string | null
  onSelect: (slug: string, doc: SceneMedia) => void
}

function MediaGroup({ title, slug, what, docs, canEdit, busy, onSelect }: GroupProps) {
  return (
    <div>
      <h3>{title}</h3>
      {!docs ? (
        <p className="reel-muted">Loading…</p>
      ) : docs.length === 0 ? (
        <p className="reel-muted">None yet.</p>
      ) : (
        <ul className="reel-grid" aria-label={title}>
          {docs.map((doc, index) => {
            const label = `${what} ${docs.length - index}${doc.isSelected ? ' (selected)' : ''}`
            return (
              <li
                key={doc.id}
                className={`reel-card${doc.isSelected ? ' reel-card--selected' : ''}`}
              >
                <MediaPreview file={doc} label={label} />
                {doc.isSelected ? (
                  <strong>Selected</strong>
                ) : (
                  canEdit && (
                    <Button
                      buttonStyle="secondary"
                      size="small"
                      aria-label={`Select ${what.toLowerCase()} ${docs.length - index}`}
                      onClick={() => onSelect(slug, doc)}
                      disabled={busy !== null}
                    >
                      Select
                    </Button>
                  )
                )}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
