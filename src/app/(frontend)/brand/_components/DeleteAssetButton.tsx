'use client'

import { Trash2 } from 'lucide-react'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { api, messageOf } from '../../../../ui/api'
import { Button } from '../../../../ui/Button'

export function DeleteAssetButton({
  companyId,
  assetId,
  name,
}: {
  companyId: string
  assetId: string
  name: string
}) {
  const router = useRouter()
  const [pending, setPending] = useState(false)
  return (
    <Button
      variant="ghost"
      size="sm"
      aria-label={`Delete ${name}`}
      isDisabled={pending}
      onPress={async () => {
        setPending(true)
        try {
          await api(`/api/companies/${companyId}/assets/${assetId}`, { method: 'DELETE' })
          router.refresh()
        } catch (e) {
          window.alert(messageOf(e))
          setPending(false)
        }
      }}
    >
      <Trash2 size={16} aria-hidden />
    </Button>
  )
}
