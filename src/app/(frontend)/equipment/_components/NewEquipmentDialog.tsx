'use client'

import { Plus } from 'lucide-react'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { DialogTrigger, Form } from 'react-aria-components'

import { api, messageOf } from '../../../../ui/api'
import { Button } from '../../../../ui/Button'
import { Dialog } from '../../../../ui/Dialog'
import { FormError, TextField } from '../../../../ui/fields'

/** "New equipment": a name, then straight to its page to upload the manual. */
export function NewEquipmentDialog() {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  return (
    <DialogTrigger onOpenChange={() => setError(null)}>
      <Button icon={<Plus size={16} aria-hidden />}>New equipment</Button>
      <Dialog
        title="New equipment"
        description="Name the machine as your technicians know it. You upload its manuals, photos and 3D models next."
      >
        {(close) => (
          <Form
            className="flex flex-col gap-5"
            onSubmit={async (event) => {
              event.preventDefault()
              setPending(true)
              setError(null)
              try {
                const created = await api<{ id: string }>('/api/equipment', {
                  method: 'POST',
                  json: { name: new FormData(event.currentTarget).get('name') },
                })
                router.push(`/equipment/${created.id}`)
              } catch (e) {
                setError(messageOf(e))
                setPending(false)
              }
            }}
          >
            <FormError message={error} />
            <TextField
              label="Name"
              name="name"
              isRequired
              maxLength={200}
              autoFocus
              placeholder="Rational SCC 101"
            />
            <div className="mt-2 flex justify-end gap-3">
              <Button variant="secondary" onPress={close}>
                Cancel
              </Button>
              <Button type="submit" isDisabled={pending}>
                {pending ? 'Creating…' : 'Create equipment'}
              </Button>
            </div>
          </Form>
        )}
      </Dialog>
    </DialogTrigger>
  )
}
