'use client'

import { BookOpenCheck, Sparkles } from 'lucide-react'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { Form } from 'react-aria-components'

import { taskTypeFromPrompt } from '../../../../../../plugins/training/services/script'
import { api, messageOf } from '../../../../../ui/api'
import { Button } from '../../../../../ui/Button'
import { FormError, TextField } from '../../../../../ui/fields'
import { JobProgress } from '../../../../../ui/JobProgress'
import { Card } from '../../../../../ui/PageHeader'
import { Select } from '../../../../../ui/Select'

type Choice = { id: string; name: string; manuals: number; indexed: number }

const NONE = 'none'

function groundingNote(choice: Choice | undefined) {
  if (!choice) return 'Without equipment the script is a generic, safety-first procedure.'
  if (choice.manuals === 0)
    return `${choice.name} has no manual yet: the script will be generic. Upload its manual first for exact steps and values.`
  if (choice.indexed < choice.manuals)
    return `${choice.manuals - choice.indexed} of its manuals is still being read; the script waits for it.`
  return `Grounded in ${choice.indexed} indexed ${choice.indexed === 1 ? 'manual' : 'manuals'}: scenes cite the pages they use.`
}

/**
 * Prompt, equipment, equipment model and task type (the last two suggested from the equipment
 * and the prompt until the user types their own), then "Create video": the server writes the
 * script before answering, so the form shows progress meanwhile, then opens the editor.
 */
export function NewVideoForm({
  equipment,
  initialEquipmentId,
}: {
  equipment: Choice[]
  initialEquipmentId: string | null
}) {
  const router = useRouter()
  const [prompt, setPrompt] = useState('')
  const [equipmentId, setEquipmentId] = useState<string | null>(initialEquipmentId)
  const [model, setModel] = useState<string | null>(null)
  const [taskType, setTaskType] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [writing, setWriting] = useState(false)
  const chosen = equipment.find((e) => e.id === equipmentId)
  // Suggestions until the user writes their own (null = untouched).
  const modelValue = model ?? chosen?.name ?? ''
  const taskValue = taskType ?? taskTypeFromPrompt(prompt) ?? ''

  return (
    <Card className="p-6">
      <Form
        className="flex flex-col gap-6"
        onSubmit={async (event) => {
          event.preventDefault()
          setWriting(true)
          setError(null)
          try {
            const video = await api<{ id: string }>('/api/videos', {
              method: 'POST',
              json: {
                prompt,
                equipment_id: equipmentId,
                equipment_model: modelValue.trim() || null,
                task_type: taskValue.trim() || null,
              },
            })
            router.push(`/videos/${video.id}`)
          } catch (e) {
            setError(messageOf(e))
            setWriting(false)
          }
        }}
      >
        <FormError message={error} />
        <TextField
          label="Prompt"
          name="prompt"
          value={prompt}
          onChange={setPrompt}
          isRequired
          isDisabled={writing}
          multiline
          rows={3}
          maxLength={2000}
          autoFocus
          placeholder="How do I replace the door of the combi oven?"
        />
        <div className="flex flex-col gap-2">
          <Select
            label="Equipment"
            placeholder="None"
            isDisabled={writing}
            options={[
              { id: NONE, label: 'None (generic steps)' },
              ...equipment.map((e) => ({ id: e.id, label: e.name })),
            ]}
            selectedKey={equipmentId ?? NONE}
            onSelectionChange={(key) => setEquipmentId(key === NONE ? null : key)}
          />
          <p className="flex items-start gap-2 text-xs text-slate-600">
            <BookOpenCheck size={14} aria-hidden className="mt-px shrink-0 text-brand-600" />
            {groundingNote(chosen)}
          </p>
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="Equipment model"
            name="equipment_model"
            value={modelValue}
            onChange={setModel}
            isDisabled={writing}
            maxLength={200}
            placeholder="Rational SCC 101"
            description="Said in the title and the narration."
          />
          <TextField
            label="Task type"
            name="task_type"
            value={taskValue}
            onChange={setTaskType}
            isDisabled={writing}
            maxLength={200}
            placeholder="Door Replacement"
            description="Suggested from the prompt; change it freely."
          />
        </div>
        {writing ? (
          <div className="rounded-xl border border-brand-100 bg-brand-50/60 p-4">
            <JobProgress
              label="Script progress"
              stage={
                chosen && chosen.manuals > 0
                  ? `Writing the script from the ${chosen.name} manual…`
                  : 'Writing the script…'
              }
              value={0}
              state="running"
              indeterminate
            />
            <p className="mt-2 text-xs text-slate-600">
              The scenes open for editing as soon as the script is ready.
            </p>
          </div>
        ) : (
          <div className="flex justify-end">
            <Button type="submit" icon={<Sparkles size={16} aria-hidden />}>
              Create video
            </Button>
          </div>
        )}
      </Form>
    </Card>
  )
}
