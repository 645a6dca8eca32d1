'use client'

import { Trash2 } from 'lucide-react'
import { useRouter } from 'next/navigation'

import { api } from '../../../../../ui/api'
import { ConfirmButton } from '../../../../../ui/ConfirmButton'

const consequences: Record<string, string> = {
  manual:
    'Its pages leave the search index: new scripts can no longer quote or cite it. Videos already written keep their text.',
  image: 'Videos rendered from now on no longer show it.',
  '3D model': 'The file is deleted from storage.',
}

/** Deletes one equipment file (and, for a manual, its indexed pages) after a confirmation. */
export function DeleteFileButton({
  id,
  name,
  what,
}: {
  id: string
  name: string
  what: 'manual' | 'image' | '3D model'
}) {
  const router = useRouter()
  return (
    <ConfirmButton
      triggerVariant="ghost"
      triggerLabel={`Delete ${name}`}
      icon={<Trash2 size={16} aria-hidden />}
      title={`Delete ${name}?`}
      confirmLabel={`Delete ${what}`}
      message={<p>{consequences[what]}</p>}
      onConfirm={async () => {
        await api(`/api/equipment/files/${id}`, { method: 'DELETE' })
        router.refresh()
      }}
    />
  )
}
