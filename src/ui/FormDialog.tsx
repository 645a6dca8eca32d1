'use client'

import { useRouter } from 'next/navigation'
import { type ReactNode, useState } from 'react'
import { DialogTrigger, Form } from 'react-aria-components'

import { api, messageOf } from './api'
import { Button, type ButtonVariant } from './Button'
import { Dialog } from './Dialog'
import { FormError } from './fields'

/**
 * A button that opens a small form in a dialog; submitting sends the form to `endpoint`
 * (as JSON, or as multipart for uploads) and re-renders the page.
 */
export function FormDialog({
  trigger,
  triggerIcon,
  triggerVariant = 'primary',
  triggerSize = 'md',
  triggerLabel,
  title,
  description,
  submit,
  endpoint,
  send = 'json',
  numbers = [],
  children,
}: {
  trigger: string
  triggerIcon?: ReactNode
  triggerVariant?: ButtonVariant
  triggerSize?: 'sm' | 'md'
  triggerLabel?: string
  title: string
  description?: string
  submit: string
  endpoint: string
  /** `json`: the fields as a JSON object (`numbers` converted); `multipart`: the form itself (uploads). */
  send?: 'json' | 'multipart'
  numbers?: string[]
  children: ReactNode
}) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  return (
    <DialogTrigger onOpenChange={() => setError(null)}>
      <Button
        variant={triggerVariant}
        size={triggerSize}
        icon={triggerIcon}
        aria-label={triggerLabel}
      >
        {trigger}
      </Button>
      <Dialog title={title} description={description}>
        {(close) => (
          <Form
            className="flex flex-col gap-5"
            onSubmit={async (event) => {
              event.preventDefault()
              setPending(true)
              setError(null)
              try {
                const form = new FormData(event.currentTarget)
                const json = Object.fromEntries(
                  [...form.entries()].map(([key, value]) => [
                    key,
                    numbers.includes(key) ? Number(value) : value,
                  ]),
                )
                await api(
                  endpoint,
                  send === 'multipart' ? { method: 'POST', body: form } : { method: 'POST', json },
                )
                router.refresh()
                close()
              } catch (e) {
                setError(messageOf(e))
              } finally {
                setPending(false)
              }
            }}
          >
            <FormError message={error} />
            {children}
            <div className="mt-2 flex justify-end gap-3">
              <Button variant="secondary" onPress={close}>
                Cancel
              </Button>
              <Button type="submit" isDisabled={pending}>
                {pending ? 'Saving…' : submit}
              </Button>
            </div>
          </Form>
        )}
      </Dialog>
    </DialogTrigger>
  )
}
