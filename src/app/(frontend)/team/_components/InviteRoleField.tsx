'use client'

import { useState } from 'react'

import { Select } from '../../../../ui/Select'

export const roles = [
  { id: 'MEMBER', label: 'MEMBER' },
  { id: 'ADMIN', label: 'ADMIN' },
]

export function InviteRoleField() {
  const [role, setRole] = useState<string | null>('MEMBER')
  return (
    <Select
      label="Role"
      name="role"
      options={roles}
      selectedKey={role}
      onSelectionChange={setRole}
    />
  )
}
