'use client'

import { Plus } from 'lucide-react'
import { useState } from 'react'

import type { Project } from '../../../../../payload-types'
import { api } from '../../../../ui/api'
import { TextField } from '../../../../ui/fields'
import { FormDialog } from '../../../../ui/FormDialog'
import { Segmented } from '../../../../ui/Segmented'
import { Select } from '../../../../ui/Select'

export type CarChoice = { id: string; name: string; variants: Array<{ id: string; label: string }> }

const durations = [15, 30, 60].map((s) => ({ id: String(s), label: `${s} s` }))

/** A field's trimmed text, or nothing when it is empty (optional fields are then left out). */
const optional = (form: FormData, name: string) => String(form.get(name) ?? '').trim() || undefined

/** "New project": the brief (prompt, length, optional subject and featured car) → a project whose storyboard starts at once. */
export function NewProjectDialog({ cars }: { cars: CarChoice[] }) {
  return (
    <FormDialog
      trigger="New project"
      triggerIcon={<Plus size={16} aria-hidden />}
      title="New project"
      description="Describe the film. Reelsmith writes the storyboard as soon as you create it."
      wide
      submit="Create project"
      pendingLabel="Creating…"
      onSubmit={async (form) => {
        const { doc } = await api<{ doc: Project }>('/api/projects', {
          method: 'POST',
          json: {
            name: form.get('name'),
            prompt: form.get('prompt'),
            targetDuration: Number(form.get('targetDuration')),
            kind: 'marketing',
            characterDescription: optional(form, 'characterDescription'),
            featuredCarModel: optional(form, 'featuredCarModel'),
            featuredCarVariant: optional(form, 'featuredCarVariant'),
          },
        })
        return `/projects/${doc.id}`
      }}
    >
      <TextField
        label="Project name"
        name="name"
        isRequired
        maxLength={200}
        autoFocus
        placeholder="Summer launch teaser"
      />
      <TextField
        label="Prompt"
        name="prompt"
        isRequired
        multiline
        rows={4}
        maxLength={4000}
        placeholder="A red coupe at dawn on a coastal road, sweeping drone shots, cinematic light"
      />
      <DurationField />
      <TextField
        label="Character description"
        name="characterDescription"
        multiline
        rows={2}
        maxLength={4000}
        description="Optional. Who or what every scene should show the same way."
      />
      <FeaturedCarFields cars={cars} />
    </FormDialog>
  )
}

function DurationField() {
  const [duration, setDuration] = useState('30')
  return (
    <Segmented
      label="Target duration"
      name="targetDuration"
      options={durations}
      value={duration}
      onChange={setDuration}
    />
  )
}

/** The car model, then one of its variants (the variant list follows the model). */
function FeaturedCarFields({ cars }: { cars: CarChoice[] }) {
  const [modelId, setModelId] = useState<string | null>(null)
  const [variantId, setVariantId] = useState<string | null>(null)
  const variants = cars.find((c) => c.id === modelId)?.variants ?? []
  return (
    <div className="grid grid-cols-2 gap-4">
      <Select
        label="Car model"
        name="featuredCarModel"
        placeholder={cars.length ? 'None' : 'No cars in the catalogue'}
        isDisabled={cars.length === 0}
        options={cars.map((c) => ({ id: c.id, label: c.name }))}
        selectedKey={modelId}
        onSelectionChange={(key) => {
          setModelId(key)
          setVariantId(null)
        }}
        description="Optional: its pictures and sound feature in the film."
      />
      <Select
        label="Variant"
        name="featuredCarVariant"
        placeholder="Any"
        isDisabled={variants.length === 0}
        options={variants}
        selectedKey={variantId}
        onSelectionChange={setVariantId}
      />
    </div>
  )
}
