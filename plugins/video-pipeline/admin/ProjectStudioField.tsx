'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import type { UIFieldClientProps } from 'payload'
import { useState } from 'react'

import { Badge } from '../../../src/ui/admin/Badge'
import { ProgressMeter } from '../../../src/ui/admin/ProgressMeter'
import { QueryProvider } from '../../../src/ui/QueryProvider'
import { isWorking, stageState } from '../../../src/ui/useProjectStatus'
import '../../../src/ui/admin/admin.css'
import { useFormFollowsJobs } from './useFormFollowsJobs'
import { useProjectWork } from './useProjectWork'

/** A kind that renders in one job (a training video) names its endpoint; `:id` is the project. */
export type KindRender = { label: string; path: string }

type Props = UIFieldClientProps & { renders?: Record<string, KindRender> }

const projectStages: Record<string, string> = {
  STORYBOARD: 'Writing the storyboard',
  SCENE_GENERATION: 'Scenes in production',
  STITCHING: 'Stitching the film',
  COMPLETED: 'Film ready',
  FAILED: 'Failed',
}

/**
 * The project document's studio (a `ui` field above its content): the toolbar that starts the
 * pipeline's jobs through its endpoints, live progress for the project and each scene, the
 * failure reason with Retry, and the final video.
 */
export function ProjectStudioField({ renders = {} }: Props) {
  const { id, savedDocumentData, hasSavePermission } = useDocumentInfo()
  if (!id)
    return (
      <p className="reel-muted">The storyboard is written as soon as the project is created.</p>
    )
  const kind = String(savedDocumentData?.kind ?? 'marketing')
  return (
    <QueryProvider>
      <ProjectStudio
        projectId={String(id)}
        render={renders[kind]}
        canEdit={hasSavePermission !== false}
      />
    </QueryProvider>
  )
}

function ProjectStudio({
  projectId,
  render,
  canEdit,
}: {
  projectId: string
  render?: KindRender
  canEdit: boolean
}) {
  const { status, busy, error, actions } = useProjectWork(projectId)
  const adminRoute = useConfig().config.routes.admin
  const [confirmRewrite, setConfirmRewrite] = useState(false)
  const stage = status?.stage ?? 'STORYBOARD'
  const scenes = status?.scenes ?? []
  const sceneWorking = scenes.some((scene) => stageState(scene.status) === 'running')
  const projectState =
    stage === 'SCENE_GENERATION' ? (sceneWorking ? 'running' : 'idle') : stageState(stage)
  const disabled = !canEdit || busy !== null
  // The form below shows the status, the film and the scenes: read them again as jobs finish.
  useFormFollowsJobs('projects', {
    reported: status && {
      status: status.stage,
      failureReason: status.failureReason,
      finalVideoUrl: status.finalVideoUrl,
    },
    related: scenes.map((scene) => [scene.id, scene.status]),
    idle: !isWorking(status),
    jobFields: ['characterDescription'],
  })

  const rewrite = () => {
    if (scenes.length > 0 && !confirmRewrite) return setConfirmRewrite(true)
    setConfirmRewrite(false)
    void actions.storyboard()
  }

  return (
    <section className="reel-panel" aria-labelledby="project-studio-heading">
      <div className="reel-panel__header">
        <h2 id="project-studio-heading">Studio</h2>
        <Badge status={stage} />
      </div>
      <div className="reel-toolbar" role="toolbar" aria-label="Generation">
        <Button buttonStyle="secondary" size="small" onClick={rewrite} disabled={disabled}>
          Generate storyboard
        </Button>
        {render ? (
          <Button
            size="small"
            onClick={() => void actions.render(render.path)}
            disabled={disabled || scenes.length === 0}
          >
            {render.label}
          </Button>
        ) : (
          <>
            <Button
              buttonStyle="secondary"
              size="small"
              onClick={() => void actions.images()}
              disabled={disabled || scenes.length === 0}
            >
              Generate all images
            </Button>
            <Button
              buttonStyle="secondary"
              size="small"
              onClick={() => void actions.clips()}
              disabled={disabled || scenes.length === 0}
            >
              Generate all clips
            </Button>
            <Button
              size="small"
              onClick={() => void actions.stitch()}
              disabled={disabled || scenes.length === 0}
            >
              Stitch final video
            </Button>
          </>
        )}
      </div>
      {confirmRewrite && (
        <div role="alertdialog" aria-label="Rewrite the storyboard?" className="reel-failure">
          <p>
            The new storyboard replaces the {scenes.length} scenes, with their images and clips.
          </p>
          <div className="reel-toolbar">
            <Button buttonStyle="error" size="small" onClick={rewrite}>
              Replace scenes
            </Button>
            <Button buttonStyle="secondary" size="small" onClick={() => setConfirmRewrite(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="reel-error">
          {error}
        </p>
      )}
      <ProgressMeter
        label="Project progress"
        stage={projectStages[stage] ?? stage}
        value={status?.progress ?? 0}
        state={projectState}
        failureReason={status?.failureReason}
        retry={
          canEdit && (
            <Button
              buttonStyle="error"
              size="small"
              onClick={() => void actions.retry()}
              disabled={busy === 'retry:project'}
            >
              Retry
            </Button>
          )
        }
      />
      {scenes.length > 0 && (
        <ol className="reel-list" aria-label="Scene progress">
          {scenes.map((scene) => (
            <li key={scene.id}>
              <ProgressMeter
                label={`Scene ${scene.sceneNumber} progress`}
                stage={`${scene.sceneTitle} — ${stageLabel(scene.status)}`}
                value={scene.progress}
                state={stageState(scene.status)}
                failureReason={scene.failureReason}
                retry={
                  canEdit && (
                    <Button
                      buttonStyle="error"
                      size="small"
                      aria-label={`Retry scene ${scene.sceneNumber}`}
                      onClick={() => void actions.retry(scene.id)}
                      disabled={busy === `retry:${scene.id}`}
                    >
                      Retry
                    </Button>
                  )
                }
              />
              <a href={`${adminRoute}/collections/scenes/${scene.id}`}>
                Open scene {scene.sceneNumber}
              </a>
            </li>
          ))}
        </ol>
      )}
      {status?.finalVideoUrl && (
        <div>
          <h3>Final video</h3>
          <video
            key={status.finalVideoUrl}
            src={status.finalVideoUrl}
            controls
            preload="metadata"
            aria-label="Final video"
            className="reel-media__player"
          />
          <p>
            <a href={status.finalVideoUrl} download>
              Download the final video
            </a>
          </p>
        </div>
      )}
    </section>
  )
}

const sceneStages: Record<string, string> = {
  PENDING: 'not started',
  GENERATING_IMAGE: 'generating the image',
  IMAGE_READY: 'image ready',
  GENERATING_VIDEO: 'generating the clip',
  VIDEO_READY: 'clip ready',
  COMPLETED: 'done',
  FAILED: 'failed',
}
const stageLabel = (status: string) => sceneStages[status] ?? status.toLowerCase()
