'use client'

import { Form } from 'react-aria-components'

import { Button } from '../../../../ui/Button'
import { FormError, TextField } from '../../../../ui/fields'
import { useSessionForm } from '../../../../ui/useSessionForm'

export function LoginForm({ next }: { next: string }) {
  const { error, pending, onSubmit } = useSessionForm(
    '/api/auth/signin',
    (form) => ({ email: form.get('email'), password: form.get('password') }),
    next,
  )
  return (
    <Form
      // Sent before the page is interactive, the form must not put the password in the URL.
      method="post"
      className="flex flex-col gap-5"
      onSubmit={onSubmit}
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
