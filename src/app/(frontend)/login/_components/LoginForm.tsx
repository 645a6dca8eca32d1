'use client'

import { useState } from 'react'
import { Form } from 'react-aria-components'

import { api, messageOf } from '../../../../ui/api'
import { Button } from '../../../../ui/Button'
import { FormError, TextField } from '../../../../ui/fields'

export function LoginForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  return (
    <Form
      // Sent before the page is interactive, the form must not put the password in the URL.
      method="post"
      className="flex flex-col gap-5"
      onSubmit={async (event) => {
        event.preventDefault()
        const form = new FormData(event.currentTarget)
        setPending(true)
        setError(null)
        try {
          await api('/api/auth/signin', {
            method: 'POST',
            json: { email: form.get('email'), password: form.get('password') },
          })
          // A full load: the server renders the signed-in frame with the new session.
          window.location.assign(next)
        } catch (e) {
          setError(messageOf(e))
          setPending(false)
        }
      }}
    >
      <FormError message={error} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        isRequired
        autoFocus
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        isRequired
      />
      <Button type="submit" isDisabled={pending} className="mt-2 w-full">
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </Form>
  )
}
