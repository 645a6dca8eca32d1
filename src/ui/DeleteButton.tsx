'use client'

import { Trash2 } from 'lucide-react'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { api, messageOf } from './api'
import { Button } from './Button'

/** Deletes through the REST API, then re-renders the page from the server. */
export function DeleteButton({
  endpoint,
  label,
  withText,
}: {
  endpoint: string
  label: string
  withText?: boolean
}) {
  const router = useRouter()
  const [pending, setPending] = useState(false)
  return (
    <Button
      variant={withText ? 'danger' : 'ghost'}
      size="sm"
      aria-label={label}
      isDisabled={pending}
      icon={<Trash2 size={16} aria-hidden />}
      onPress={async () => {
        if (!window.confirm(`${label}?`)) return
        setPending(true)
        try {
          await api(endpoint, { method: 'DELETE' })
          router.refresh()
        } catch (e) {
          window.alert(messageOf(e))
        } finally {
          setPending(false)
        }
      }}
    >
      {withText ? 'Delete' : null}
    </Button>
  )
}
