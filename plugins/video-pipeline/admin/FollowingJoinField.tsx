'use client'

import { JoinField } from '@payloadcms/ui'
import type { JoinFieldClientProps } from 'payload'

import { useFollowedVersion } from './useFormFollowsJobs'

/**
 * Payload's join field (a project's scenes table), read again whenever the form followed a job:
 * its table keeps the rows it fetched when it mounted, so it is mounted afresh.
 */
export function FollowingJoinField(props: JoinFieldClientProps) {
  const version = useFollowedVersion()
  return <JoinField key={version} {...props} />
}
