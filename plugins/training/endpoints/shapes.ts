import type { Where } from 'payload'

import type { EquipmentFile, Project, Scene, TrainingEquipment } from '../../../payload-types'
import { idOf } from '../../../src/lib/db/ids'

/**
 * The TrainAI document's snake_case shapes over our collections: a video is a project of kind
 * `training`, its title the project's name; `processing` covers every state before the end.
 */
export const videoStatuses = ['processing', 'completed', 'failed'] as const
export type VideoStatus = (typeof videoStatuses)[number]

export const videoStatusOf = (status: Project['status']): VideoStatus =>
  status === 'COMPLETED' ? 'completed' : status === 'FAILED' ? 'failed' : 'processing'

/** A video status as a query on projects: made per call, since Payload may rewrite a `where`. */
export const whereVideoStatus = (status: VideoStatus): Where =>
  status === 'processing'
    ? { status: { not_in: ['COMPLETED', 'FAILED'] } }
    : { status: { equals: status === 'completed' ? 'COMPLETED' : 'FAILED' } }

export const toEquipment = (doc: TrainingEquipment) => ({
  id: doc.id,
  name: doc.name,
  created_at: doc.createdAt,
  updated_at: doc.updatedAt,
})

export const toEquipmentFile = (doc: EquipmentFile) => ({
  id: doc.id,
  equipment_id: idOf(doc.equipment),
  file_type: doc.fileType,
  file_url: doc.url ?? null,
  file_name: doc.originalFilename ?? doc.filename ?? null,
  mime_type: doc.mimeType ?? null,
  size: doc.filesize ?? null,
  extraction_status: doc.extractionStatus ?? null,
  extraction_error: doc.extractionError ?? null,
  uploaded_at: doc.uploadedAt ?? doc.createdAt,
})

export const toScene = (doc: Scene, screenshotUrl: string | null = null) => ({
  id: doc.id,
  video_id: idOf(doc.project),
  sequence_order: doc.sceneNumber,
  voiceover_text: doc.voiceoverText ?? '',
  screenshot_url: screenshotUrl,
  duration: doc.customDuration ?? doc.suggestedDuration ?? null,
  sources: (doc.manualSources ?? []).map((source) => ({
    file_id: idOf(source.file),
    page: source.page ?? null,
  })),
  created_at: doc.createdAt,
  updated_at: doc.updatedAt,
})

export const toVideo = (doc: Project) => ({
  id: doc.id,
  equipment_id: idOf(doc.equipment),
  title: doc.name,
  prompt: doc.prompt,
  equipment_model: doc.equipmentModel ?? null,
  task_type: doc.taskType ?? null,
  status: videoStatusOf(doc.status),
  failure_reason: doc.status === 'FAILED' ? (doc.failureReason ?? null) : null,
  video_url: doc.status === 'COMPLETED' ? (doc.finalVideoUrl ?? null) : null,
  subtitles_url: doc.subtitles ? `/api/videos/${doc.id}/subtitles.vtt` : null,
  created_at: doc.createdAt,
  updated_at: doc.updatedAt,
})
