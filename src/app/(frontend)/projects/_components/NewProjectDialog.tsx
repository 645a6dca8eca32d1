'use client'

import { Plus } from 'lucide-react'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { DialogTrigger, Form } from 'react-aria-components'

import type { Project } from '../../../../../payload-types'
import { api, messageOf } from '../../../../ui/api'
import { Button } from '../../../../ui/Button'
import { Dialog } from '../../../../ui/Dialog'
import { FormError, TextField } from '../../../../ui/fields'
import { Segmented } from '../../../../ui/Segmented'
import { Select } from '../../../../ui/Select'

export type CarChoice = { id: string; name: string; variants: Array<{ id: string; label: string }> }

const durations = [15, 30, 60].map((s) => ({ id: String(s), label: `${s} s` }))

/** "New project": the brief (prompt, length, optional subject and featured car) → a project whose storyboard starts at once. */
export function NewProjectDialog({ cars }: { cars: CarChoice[] }) {
  return (
    <DialogTrigger>
      <Button icon={<Plus size={16} aria-hidden />}>New project</Button>
      <Dialog
        title="New project"
        description="Describe the film. Reelsmith writes the storyboard as soon as you create it."
        wide
      >
        {(close) => <NewProjectForm cars={cars} onCancel={close} />}
      </Dialog>
    </DialogTrigger>
  )
}

function NewProjectForm({ cars, onCancel }: { cars: CarChoice[]; onCancel: () => void }) {
  const router = useRouter()
  const [duration, setDuration] = useState('30')
  const [modelId, setModelId] = useState<string | null>(null)
  const [variantId, setVariantId] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const variants = cars.find((c) => c.id === modelId)?.variants ?? []
  return (
    <Form
      className="flex flex-col gap-5"
      onSubmit={async (event) => {
        event.preventDefault()
        const form = new FormData(event.currentTarget)
        setPending(true)
        setError(null)
        try {
          const characterDescription = String(form.get('characterDescription') ?? '').trim()
          const { doc } = await api<{ doc: Project }>('/api/projects', {
            method: 'POST',
            json: {
              name: form.get('name'),
              prompt: form.get('prompt'),
              targetDuration: Number(duration),
              kind: 'marketing',
              ...(characterDescription ? { characterDescription } : {}),
              ...(modelId ? { featuredCarModel: modelId } : {}),
              ...(variantId ? { featuredCarVariant: variantId } : {}),
            },
          })
          router.push(`/projects/${doc.id}`)
        } catch (e) {
          setError(messageOf(e))
          setPending(false)
        }
      }}
    >
      <FormError message={error} />
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
      <Segmented
        label="Target duration"
        options={durations}
        value={duration}
        onChange={setDuration}
      />
      <TextField
        label="Character description"
        name="characterDescription"
        multiline
        rows={2}
        maxLength={4000}
        description="Optional. Who or what every scene should show the same way."
      />
      <div className="grid grid-cols-2 gap-4">
        <Select
          label="Car model"
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
          placeholder="Any"
          isDisabled={variants.length === 0}
          options={variants}
          selectedKey={variantId}
          onSelectionChange={setVariantId}
        />
      </div>
      <div className="mt-2 flex justify-end gap-3">
        <Button variant="secondary" onPress={onCancel}>
          Cancel
        </Button>
        <Button type="submit" isDisabled={pending}>
          {pending ? 'Creating…' : 'Create project'}
        </Button>
      </div>
    </Form>
  )
}
