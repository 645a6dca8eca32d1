'use client'

import { Plus } from 'lucide-react'

import { api } from '../../../../ui/api'
import { TextField } from '../../../../ui/fields'
import { FormDialog } from '../../../../ui/FormDialog'

/** "New equipment": a name, then straight to its page to upload the manual. */
export function NewEquipmentDialog() {
  return (
    <FormDialog
      trigger="New equipment"
      triggerIcon={<Plus size={16} aria-hidden />}
      title="New equipment"
      description="Name the machine as your technicians know it. You upload its manuals, photos and 3D models next."
      submit="Create equipment"
      pendingLabel="Creating…"
      onSubmit={async (form) => {
        const created = await api<{ id: string }>('/api/equipment', {
          method: 'POST',
          json: { name: form.get('name') },
        })
        return `/equipment/${created.id}`
      }}
    >
      <TextField
        label="Name"
        name="name"
        isRequired
        maxLength={200}
        autoFocus
        placeholder="Rational SCC 101"
      />
    </FormDialog>
  )
}
