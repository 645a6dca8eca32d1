'use client'

import { useRouter } from 'next/navigation'
import { type ReactNode, useState } from 'react'
import { DialogTrigger, Form } from 'react-aria-components'

import { api, messageOf } from './api'
import { Button, type ButtonVariant } from './Button'
import { Dialog } from './Dialog'
import { FormError } from './fields'

/**
 * Sends the submitted form. Resolves with the path to open next (the dialog stays busy while
 * the page changes), or with nothing to close the dialog and re-render the current page.
 */
export type SubmitForm = (form: FormData) => Promise<string | void>

/** The form inside a dialog: the server's message on failure, Cancel, and the submit button. */
export function DialogForm({
  submit,
  pendingLabel = 'Saving…',
  isSubmitDisabled,
  onSubmit,
  close,
  children,
}: {
  submit: string
  pendingLabel?: string
  isSubmitDisabled?: boolean
  onSubmit: SubmitForm
  close: () => void
  children: ReactNode
}) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  return (
    <Form
      className="flex flex-col gap-5"
      onSubmit={async (event) => {
        event.preventDefault()
        setPending(true)
        setError(null)
        try {
          const next = await onSubmit(new FormData(event.currentTarget))
          if (next) {
            router.push(next)
            return
          }
          router.refresh()
          setPending(false)
          close()
        } catch (e) {
          setError(messageOf(e))
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
        <Button type="submit" isDisabled={pending || isSubmitDisabled}>
          {pending ? pendingLabel : submit}
        </Button>
      </div>
    </Form>
  )
}

/** Posts the form's fields to `endpoint`: as JSON (`numbers` converted), or multipart for uploads. */
export function postTo(
  endpoint: string,
  send: 'json' | 'multipart' = 'json',
  numbers: string[] = [],
): SubmitForm {
  return async (form) => {
    if (send === 'multipart') return void (await api(endpoint, { method: 'POST', body: form }))
    const json = Object.fromEntries(
      [...form.entries()].map(([key, value]) => [
        key,
        numbers.includes(key) ? Number(value) : value,
      ]),
    )
    await api(endpoint, { method: 'POST', json })
  }
}

type Opener = {
  trigger: string
  triggerIcon?: ReactNode
  triggerVariant?: ButtonVariant
  triggerSize?: 'sm' | 'md'
  triggerLabel?: string
  title: string
  description?: string
  wide?: boolean
}

/** Plain fields: FormDialog renders the DialogForm around them. */
type Fields = {
  submit: string
  pendingLabel?: string
  children: ReactNode
} & (
  { endpoint: string; send?: 'json' | 'multipart'; numbers?: string[] } | { onSubmit: SubmitForm }
)

/** A form with state of its own (its submit label or files follow its fields): it renders its DialogForm. */
type OwnForm = { children: (close: () => void) => ReactNode }

/**
 * A button that opens a small form in a dialog. The form is mounted anew at each opening, so a
 * cancelled draft or an old error never comes back.
 */
export function FormDialog(props: Opener & (Fields | OwnForm)) {
  const {
    trigger,
    triggerIcon,
    triggerVariant = 'primary',
    triggerSize = 'md',
    triggerLabel,
  } = props
  return (
    <DialogTrigger>
      <Button
        variant={triggerVariant}
        size={triggerSize}
        icon={triggerIcon}
        aria-label={triggerLabel}
      >
        {trigger}
      </Button>
      <Dialog title={props.title} description={props.description} wide={props.wide}>
        {(close) =>
          'submit' in props ? (
            <DialogForm
              submit={props.submit}
              pendingLabel={props.pendingLabel}
              onSubmit={
                'endpoint' in props
                  ? postTo(props.endpoint, props.send, props.numbers)
                  : props.onSubmit
              }
              close={close}
            >
              {props.children}
            </DialogForm>
          ) : (
            props.children(close)
          )
        }
      </Dialog>
    </DialogTrigger>
  )
}
