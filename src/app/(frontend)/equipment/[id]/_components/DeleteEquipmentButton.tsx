'use client'

import { Trash2 } from 'lucide-react'
import { useRouter } from 'next/navigation'

import { api } from '../../../../../ui/api'
import { ConfirmButton } from '../../../../../ui/ConfirmButton'

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** Lists what the server deletes with the equipment (its files and their index) and what it keeps (videos). */
export function DeleteEquipmentButton(props: {
  id: string
  name: string
  manuals: number
  indexedPages: number
  images: number
  models: number
  videos: number
}) {
  const router = useRouter()
  const { name, manuals, indexedPages, images, models, videos } = props
  const files = [
    manuals
      ? `${plural(manuals, 'manual')}${indexedPages ? ` (and ${plural(indexedPages, 'indexed page')})` : ''}`
      : null,
    images ? plural(images, 'image') : null,
    models ? plural(models, '3D model') : null,
  ].filter(Boolean)
  const listed =
    files.length > 1 ? `${files.slice(0, -1).join(', ')} and ${files.at(-1)}` : files[0]
  return (
    <ConfirmButton
      icon={<Trash2 size={16} aria-hidden />}
      triggerSize="md"
      title={`Delete ${name}?`}
      confirmLabel="Delete equipment"
      onConfirm={async () => {
        await api(`/api/equipment/${props.id}`, { method: 'DELETE' })
        router.push('/equipment')
        router.refresh()
      }}
      message={
        <div className="flex flex-col gap-3">
          <p>
            {listed ? (
              <>
                Its <strong>{listed}</strong> will be deleted with it, files included. This cannot
                be undone.
              </>
            ) : (
              <>It has no files. This cannot be undone.</>
            )}
          </p>
          {videos > 0 && (
            <p className="rounded-lg bg-slate-50 px-3 py-2 text-slate-600">
              {plural(videos, 'training video')} made from it {videos === 1 ? 'stays' : 'stay'} in
              the library, no longer linked to this equipment.
            </p>
          )}
        </div>
      }
    >
      Delete equipment
    </ConfirmButton>
  )
}
