'use client'

import { LogOut } from 'lucide-react'

import { api } from '../../../ui/api'
import { Button } from '../../../ui/Button'

export function SignOutButton() {
  return (
    <Button
      variant="ghost"
      size="sm"
      icon={<LogOut size={16} aria-hidden />}
      onPress={async () => {
        await api('/api/auth/signout', { method: 'POST' })
        // A full load: the server renders the signed-out frame.
        window.location.assign('/login')
      }}
    >
      Sign out
    </Button>
  )
}
