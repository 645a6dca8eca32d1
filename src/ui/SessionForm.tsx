'use client'

import { type FormEvent, type ReactNode, useState } from 'react'
import { Form } from 'react-aria-components'

import { api, messageOf } from './api'
import { Button } from './Button'
import { FormError } from './fields'

/**
 * A form that starts a session (sign in, sign up, accept an invitation): posts its fields as JSON
 * to `path`, then loads `destination` in full, so the server renders the signed-in frame with the
 * new session. A failure shows the server's message and enables the form again.
 */
export function SessionForm({
  path,
  body,
  destination,
  submit,
  children,
}: {
  path: string
  body: (form: FormData) => Record<string, unknown>
  destination: string
  submit: { label: string; pendingLabel: string }
  children: ReactNode
}) {
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setPending(true)
    setError(null)
    try {
      await api(path, { method: 'POST', json: body(form) })
      window.location.assign(destination)
    } catch (e) {
      setError(messageOf(e))
      setPending(false)
    }
  }
  return (
    <Form
      // Sent before the page is interactive, the form must not put the password in the URL.
      method="post"
      className="flex flex-col gap-5"
      onSubmit={onSubmit}
    >
      <FormError message={error} />
      {children}
      <Button type="submit" isDisabled={pending} className="mt-2 w-full">
        {pending ? submit.pendingLabel : submit.label}
      </Button>
    </Form>
  )
}
