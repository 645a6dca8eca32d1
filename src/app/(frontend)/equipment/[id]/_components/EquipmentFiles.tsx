import { AlertTriangle, Box, CheckCircle2, FileText, ImageIcon, Loader2 } from 'lucide-react'
import type { ReactNode } from 'react'

import { ButtonLink } from '../../../../../ui/Button'
import { Card } from '../../../../../ui/PageHeader'
import { DeleteFileButton } from './DeleteFileButton'
import { ModelViewer } from './ModelViewer'

export type FileView = {
  id: string
  type: 'manual' | 'image' | '3d_model'
  name: string
  url: string | null
  size: number | null
  uploadedAt: string
  /** Manuals: reading their text for the scripts. */
  extraction: {
    status: 'pending' | 'done' | 'failed'
    error: string | null
    pages: number | null
  } | null
  canDelete: boolean
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' })

export const fileSize = (bytes: number | null) =>
  !bytes
    ? ''
    : bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
      : `${Math.max(1, Math.round(bytes / 1024))} KB`

/** What a 3D viewer in the browser can open: glTF, binary or JSON (with its buffers embedded). */
const viewable = (name: string) => /\.(glb|gltf)$/i.test(name)

function Section({
  id,
  icon,
  title,
  count,
  empty,
  children,
}: {
  id: string
  icon: ReactNode
  title: string
  count: number
  empty: string
  children: ReactNode
}) {
  return (
    <Card className="p-5">
      <section aria-labelledby={id} className="flex flex-col gap-4">
        <h2 id={id} className="flex items-center gap-2 font-semibold text-slate-900">
          {icon} {title}
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">
            {count}
          </span>
        </h2>
        {count === 0 ? <p className="text-sm text-slate-500">{empty}</p> : children}
      </section>
    </Card>
  )
}

function ExtractionState({ extraction }: { extraction: NonNullable<FileView['extraction']> }) {
  if (extraction.status === 'pending') {
    return (
      <span className="inline-flex items-center gap-1.5 text-xs font-medium text-amber-800">
        <Loader2 size={14} aria-hidden className="animate-spin" /> Extracting text…
      </span>
    )
  }
  if (extraction.status === 'failed') {
    return (
      <span className="inline-flex items-start gap-1.5 text-xs font-medium text-red-700">
        <AlertTriangle size={14} aria-hidden className="mt-px shrink-0" /> Failed:{' '}
        {extraction.error ?? 'the text could not be read.'}
      </span>
    )
  }
  return (
    <span className="inline-flex items-center gap-1.5 text-xs font-medium text-emerald-700">
      <CheckCircle2 size={14} aria-hidden /> Indexed · {extraction.pages ?? 0}{' '}
      {extraction.pages === 1 ? 'page' : 'pages'}
    </span>
  )
}

/** The equipment's files in three groups: manuals (with extraction state), image previews, 3D viewers. */
export function EquipmentFiles({
  files,
  equipmentName,
}: {
  files: FileView[]
  equipmentName: string
}) {
  const manuals = files.filter((f) => f.type === 'manual')
  const images = files.filter((f) => f.type === 'image')
  const models = files.filter((f) => f.type === '3d_model')
  return (
    <div className="flex flex-col gap-6">
      <Section
        id="manuals"
        icon={<FileText size={18} aria-hidden className="text-brand-600" />}
        title="Manuals"
        count={manuals.length}
        empty="Upload the service manual (PDF): scripts quote its steps, values and part names and cite its pages."
      >
        <ul aria-label="Manuals" className="-my-2 flex flex-col divide-y divide-slate-100">
          {manuals.map((file) => (
            <li key={file.id} className="flex items-center gap-4 py-3">
              <span
                className="grid size-10 shrink-0 place-items-center rounded-lg bg-red-50 text-xs font-bold text-red-700"
                aria-hidden
              >
                PDF
              </span>
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium text-slate-900">
                  {file.url ? (
                    <a href={file.url} target="_blank" rel="noreferrer" className="hover:underline">
                      {file.name}
                    </a>
                  ) : (
                    file.name
                  )}
                </p>
                <p className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">
                  <span>
                    {[fileSize(file.size), dateFormat.format(new Date(file.uploadedAt))]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  <span role="status" aria-label={`${file.name} extraction`}>
                    {file.extraction && <ExtractionState extraction={file.extraction} />}
                  </span>
                </p>
              </div>
              {file.canDelete && <DeleteFileButton id={file.id} name={file.name} what="manual" />}
            </li>
          ))}
        </ul>
      </Section>
      <Section
        id="images"
        icon={<ImageIcon size={18} aria-hidden className="text-brand-600" />}
        title="Images"
        count={images.length}
        empty="Photos of the machine: a video shows them when a step has no screenshot of its own."
      >
        <ul
          aria-label="Images"
          className="grid grid-cols-[repeat(auto-fill,minmax(180px,1fr))] gap-4"
        >
          {images.map((file) => (
            <li
              key={file.id}
              className="overflow-hidden rounded-xl border border-slate-200 bg-white"
            >
              {file.url && (
                <a href={file.url} target="_blank" rel="noreferrer" className="block bg-slate-100">
                  <img
                    src={file.url}
                    alt={`${equipmentName}: ${file.name}`}
                    className="aspect-[4/3] w-full object-cover"
                  />
                </a>
              )}
              <div className="flex items-center justify-between gap-2 px-3 py-2">
                <p className="min-w-0 truncate text-xs text-slate-600" title={file.name}>
                  {file.name}
                </p>
                {file.canDelete && <DeleteFileButton id={file.id} name={file.name} what="image" />}
              </div>
            </li>
          ))}
        </ul>
      </Section>
      <Section
        id="models"
        icon={<Box size={18} aria-hidden className="text-brand-600" />}
        title="3D models"
        count={models.length}
        empty="A .glb or .gltf model of the machine opens here in an interactive viewer."
      >
        <ul aria-label="3D models" className="flex flex-col gap-4">
          {models.map((file) => (
            <li key={file.id} className="overflow-hidden rounded-xl border border-slate-200">
              {file.url && viewable(file.name) ? (
                <ModelViewer url={file.url} name={file.name} />
              ) : (
                <p className="bg-slate-50 px-4 py-6 text-center text-sm text-slate-600">
                  The browser previews .glb and .gltf models; download this one to open it.
                </p>
              )}
              <div className="flex items-center justify-between gap-3 border-t border-slate-100 px-4 py-2.5">
                <p className="min-w-0 truncate text-sm text-slate-800">
                  {file.url ? (
                    <a href={file.url} download={file.name} className="hover:underline">
                      {file.name}
                    </a>
                  ) : (
                    file.name
                  )}
                  <span className="ml-2 text-xs text-slate-500">{fileSize(file.size)}</span>
                </p>
                <span className="flex shrink-0 items-center gap-1">
                  {file.url && viewable(file.name) && (
                    <ButtonLink
                      href={`/studio?model=${file.id}`}
                      variant="ghost"
                      size="sm"
                      aria-label={`Open in Studio: ${file.name}`}
                    >
                      Open in Studio
                    </ButtonLink>
                  )}
                  {file.canDelete && (
                    <DeleteFileButton id={file.id} name={file.name} what="3D model" />
                  )}
                </span>
              </div>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  )
}
