'use client'

import { useState } from 'react'
import { Form } from 'react-aria-components'

import { api, messageOf } from '../../../../ui/api'
import { Button } from '../../../../ui/Button'
import { FormError, TextField } from '../../../../ui/fields'

export function SignupForm() {
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
          await api('/api/auth/signup', {
            method: 'POST',
            json: {
              companyName: form.get('companyName'),
              name: form.get('name'),
              email: form.get('email'),
              password: form.get('password'),
            },
          })
          window.location.assign('/projects')
        } catch (e) {
          setError(messageOf(e))
          setPending(false)
        }
      }}
    >
      <FormError message={error} />
      <TextField
        label="Company name"
        name="companyName"
        autoComplete="organization"
        isRequired
        maxLength={120}
        autoFocus
      />
      <TextField label="Your name" name="name" autoComplete="name" isRequired maxLength={120} />
      <TextField label="Work email" name="email" type="email" autoComplete="email" isRequired />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        isRequired
        minLength={8}
        description="At least 8 characters."
      />
      <Button type="submit" isDisabled={pending} className="mt-2 w-full">
        {pending ? 'Creating…' : 'Create company'}
      </Button>
    </Form>
  )
}
