'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Re-reads the page from the server every `intervalMs` while `active` (a manual being read, a
 * video rendering): the state lives on the server, so this is all a page needs to follow it.
 */
export function RefreshWhile({
  active,
  intervalMs = 2000,
}: {
  active: boolean
  intervalMs?: number
}) {
  const router = useRouter()
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => router.refresh(), intervalMs)
    return () => clearInterval(timer)
  }, [active, intervalMs, router])
  return null
}
