'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { api, messageOf } from '../../../../ui/api'
import { Select } from '../../../../ui/Select'
import { roles } from './InviteRoleField'

/** Changes a member's role at once (the server refuses to demote the last ADMIN). */
export function RoleSelect({ userId, name, role }: { userId: string; name: string; role: string }) {
  const router = useRouter()
  const [value, setValue] = useState<string | null>(role)
  const [error, setError] = useState<string | null>(null)
  return (
    <div>
      <Select
        label={`Role of ${name}`}
        hideLabel
        options={roles}
        selectedKey={value}
        onSelectionChange={async (next) => {
          if (!next || next === value) return
          const previous = value
          setValue(next)
          setError(null)
          try {
            await api(`/api/users/${userId}`, { method: 'PATCH', json: { role: next } })
            router.refresh()
          } catch (e) {
            setValue(previous)
            setError(messageOf(e))
          }
        }}
      />
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}
