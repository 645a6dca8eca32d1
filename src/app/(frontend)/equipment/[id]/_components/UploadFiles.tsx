'use client'

import { CloudUpload, Upload } from 'lucide-react'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useRef, useState } from 'react'
import { DropZone, FileTrigger, Text } from 'react-aria-components'

import { Button } from '../../../../../ui/Button'
import { cn } from '../../../../../ui/cn'
import { JobProgress } from '../../../../../ui/JobProgress'
import { Card } from '../../../../../ui/PageHeader'
import { fileSize } from './EquipmentFiles'
import { type UploadedFile, uploadEquipmentFile } from './uploadFile'

type Item = {
  key: string
  file: File
  phase: 'queued' | 'uploading' | 'storing' | 'done' | 'failed'
  sent: number
  error?: string
  result?: UploadedFile
}

/** Two uploads at a time: enough to keep the line busy, few enough to show steady progress. */
const PARALLEL = 2

const accepted = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/avif',
  '.glb',
  '.gltf',
  '.obj',
  '.fbx',
  '.usdz',
]

/**
 * What the drop zone takes: manuals, photos and models by their MIME type, and files the system
 * knows no type for (`.fbx`, often `.glb`). The server sniffs every file's content anyway.
 */
const droppable = ['application/pdf', 'image/*', 'model/*', 'application/octet-stream']

const isPdf = (file: File) => file.type === 'application/pdf' || /\.pdf$/i.test(file.name)

function stageOf(item: Item): string {
  switch (item.phase) {
    case 'queued':
      return 'Waiting'
    case 'uploading':
      return 'Uploading'
    case 'storing':
      return isPdf(item.file) ? 'Reading the manual…' : 'Saving…'
    case 'failed':
      return 'Upload failed'
    case 'done': {
      const result = item.result
      if (result?.file_type !== 'manual')
        return `Added to ${result?.file_type === '3d_model' ? '3D models' : 'images'}`
      if (result.extraction_status === 'done') return 'Manual indexed'
      if (result.extraction_status === 'failed')
        return `Manual added, text unreadable: ${result.extraction_error ?? ''}`
      return 'Manual added, text being extracted'
    }
  }
}

/**
 * "Upload files": several files at once, dropped on the zone or chosen with the picker, each with
 * its own progress (bytes sent, then the server storing it and reading a manual) and, on failure,
 * the server's reason and a Retry. The server decides what each file is from its content.
 */
export function UploadFiles({ equipmentId }: { equipmentId: string }) {
  const router = useRouter()
  const [items, setItems] = useState<Item[]>([])
  const counter = useRef(0)
  // Each attempt starts once, however often the effect below runs.
  const started = useRef(new Set<string>())
  const update = useCallback(
    (key: string, change: Partial<Item>) =>
      setItems((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item))),
    [],
  )
  const add = (files: File[]) =>
    setItems((all) => [
      ...all,
      ...files.map((file) => ({
        key: `${++counter.current}`,
        file,
        phase: 'queued' as const,
        sent: 0,
      })),
    ])

  useEffect(() => {
    const running = items.filter(
      (item) => item.phase === 'uploading' || item.phase === 'storing',
    ).length
    const next = items
      .filter((item) => item.phase === 'queued' && !started.current.has(item.key))
      .slice(0, Math.max(0, PARALLEL - running))
    for (const item of next) {
      started.current.add(item.key)
      update(item.key, { phase: 'uploading', sent: 0, error: undefined })
      uploadEquipmentFile(equipmentId, item.file, {
        onProgress: (sent) => update(item.key, { sent }),
        onSent: () => update(item.key, { phase: 'storing', sent: 1 }),
      }).done.then(
        (result) => {
          update(item.key, { phase: 'done', result })
          router.refresh()
        },
        (error: Error) => {
          started.current.delete(item.key)
          update(item.key, { phase: 'failed', error: error.message })
        },
      )
    }
  }, [items, equipmentId, router, update])

  const finished = items.some((item) => item.phase === 'done')
  return (
    <Card className="p-5">
      <section aria-labelledby="upload-heading" className="flex flex-col gap-4">
        <h2 id="upload-heading" className="flex items-center gap-2 font-semibold text-slate-900">
          <CloudUpload size={18} aria-hidden className="text-brand-600" /> Add files
        </h2>
        <DropZone
          aria-label="Drop files to upload"
          data-testid="drop-zone"
          getDropOperation={(types) => (types.has(droppable) ? 'copy' : 'cancel')}
          onDrop={async (event) => {
            const files = await Promise.all(
              event.items.flatMap((item) => (item.kind === 'file' ? [item.getFile()] : [])),
            )
            add(files)
          }}
          className={({ isDropTarget, isFocusVisible }) =>
            cn(
              'flex flex-col items-center gap-3 rounded-xl border-2 border-dashed px-4 py-7 text-center transition-colors outline-none',
              isDropTarget ? 'border-brand-500 bg-brand-50' : 'border-slate-300 bg-slate-50',
              isFocusVisible && 'ring-2 ring-brand-600',
            )
          }
        >
          <CloudUpload size={28} aria-hidden className="text-slate-400" />
          <Text slot="label" className="text-sm text-slate-700">
            Drag manuals (PDF), photos and 3D models (.glb, .gltf) here
          </Text>
          <FileTrigger
            allowsMultiple
            acceptedFileTypes={accepted}
            onSelect={(list) => list && add([...list])}
          >
            <Button variant="secondary" size="sm" icon={<Upload size={16} aria-hidden />}>
              Upload files
            </Button>
          </FileTrigger>
          <p className="text-xs text-slate-500">
            Up to 100 MB each. Small manuals are read while they upload.
          </p>
        </DropZone>
        {items.length > 0 && (
          <ul aria-label="Uploads" className="flex flex-col gap-3">
            {items.map((item) => (
              <li key={item.key} className="rounded-lg border border-slate-200 px-3 py-2.5">
                <p className="mb-1.5 flex justify-between gap-2 text-xs text-slate-600">
                  <span
                    className="min-w-0 truncate font-medium text-slate-800"
                    title={item.file.name}
                  >
                    {item.file.name}
                  </span>
                  <span className="shrink-0">{fileSize(item.file.size)}</span>
                </p>
                <JobProgress
                  compact
                  label={`Upload ${item.file.name}`}
                  stage={stageOf(item)}
                  value={
                    item.phase === 'done' ? 100 : item.phase === 'storing' ? 95 : item.sent * 90
                  }
                  state={
                    item.phase === 'done'
                      ? 'done'
                      : item.phase === 'failed'
                        ? 'failed'
                        : item.phase === 'queued'
                          ? 'idle'
                          : 'running'
                  }
                  failureReason={item.error}
                  onRetry={() => update(item.key, { phase: 'queued', sent: 0, error: undefined })}
                />
              </li>
            ))}
          </ul>
        )}
        {finished && (
          <Button
            variant="ghost"
            size="sm"
            className="self-end"
            onPress={() => setItems((all) => all.filter((item) => item.phase !== 'done'))}
          >
            Clear finished
          </Button>
        )}
      </section>
    </Card>
  )
}
