'use client'

import { type FormEvent, useState } from 'react'

import { api, messageOf } from './api'

/**
 * The submit of a form that starts a session (sign in, sign up, accept an invitation): posts the
 * fields as JSON to `path`, then loads `destination` in full, so the server renders the signed-in
 * frame with the new session. A failure shows the server's message and enables the form again.
 */
export function useSessionForm(
  path: string,
  body: (form: FormData) => Record<string, unknown>,
  destination: string,
) {
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
  return { error, pending, onSubmit }
}
