'use client'

import { NewPasswordField, TextField } from '../../../../../ui/fields'
import { SessionForm } from '../../../../../ui/SessionForm'

export function AcceptInvitationForm({ token }: { token: string }) {
  return (
    <SessionForm
      path="/api/auth/signup"
      body={(form) => ({
        invitationToken: token,
        name: form.get('name'),
        password: form.get('password'),
      })}
      destination="/projects"
      submit={{ label: 'Accept invitation', pendingLabel: 'Joining…' }}
    >
      <TextField
        label="Your name"
        name="name"
        autoComplete="name"
        isRequired
        maxLength={120}
        autoFocus
      />
      <NewPasswordField />
    </SessionForm>
  )
}
