'use client'

import { NewPasswordField, TextField } from '../../../../ui/fields'
import { SessionForm } from '../../../../ui/SessionForm'

export function SignupForm() {
  return (
    <SessionForm
      path="/api/auth/signup"
      body={(form) => ({
        companyName: form.get('companyName'),
        name: form.get('name'),
        email: form.get('email'),
        password: form.get('password'),
      })}
      destination="/projects"
      submit={{ label: 'Create company', pendingLabel: 'Creating…' }}
    >
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
      <NewPasswordField />
    </SessionForm>
  )
}
