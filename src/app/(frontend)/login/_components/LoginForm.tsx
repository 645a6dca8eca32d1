'use client'

import { TextField } from '../../../../ui/fields'
import { SessionForm } from '../../../../ui/SessionForm'

export function LoginForm({ next }: { next: string }) {
  return (
    <SessionForm
      path="/api/auth/signin"
      body={(form) => ({ email: form.get('email'), password: form.get('password') })}
      destination={next}
      submit={{ label: 'Sign in', pendingLabel: 'Signing in…' }}
    >
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
    </SessionForm>
  )
}
