'use client'

import { useDocumentForm, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import type { ClientField } from 'payload'
import { useEffect, useRef } from 'react'

import { api } from '../../../src/ui/api'

type Data = Record<string, unknown>

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

type Watch = {
  /** The fields jobs write, as the live status reports them (e.g. `{ status, failureReason }`). */
  reported: Data | undefined
  /** Anything else the status shows that the document displays (its scenes' statuses). */
  related?: unknown
  /** No job is running: the document is settled and worth reading again. */
  idle: boolean
}

/**
 * Keeps the document's form in step with the server while jobs change the document under it:
 * when the live status settles on something the form does not show (a finished storyboard, a
 * stitched film, a failure), the document is read again and the form reset to it. Fields the
 * person has edited and not saved keep their edits. Without this the form shows (and a save
 * would send back) what the document was when the page opened.
 */
export function useFormFollowsJobs(collection: string, { reported, related, idle }: Watch) {
  const { id, docConfig, savedDocumentData, updateSavedDocumentData } = useDocumentInfo()
  const { reset, getData, setModified } = useDocumentForm()
  const modified = useFormModified()
  const followed = useRef<string | undefined>(undefined)
  const latest = useRef({ savedDocumentData, modified })
  latest.current = { savedDocumentData, modified }

  const key = reported ? JSON.stringify([reported, related ?? null]) : undefined
  useEffect(() => {
    if (!id || !key) return
    if (followed.current === undefined) {
      const saved = latest.current.savedDocumentData ?? {}
      const formShowsIt = Object.entries(reported ?? {}).every(([field, value]) =>
        same(saved[field], value),
      )
      // The form was just rendered from the server: it is stale only if a job has finished since
      // or is still running (then it is read again once the job settles).
      if (idle && formShowsIt) {
        followed.current = key
        return
      }
      followed.current = ''
    }
    if (!idle || key === followed.current) return
    followed.current = key
    const joins = new Set(
      (docConfig?.fields ?? []).flatMap((field: ClientField) =>
        field.type === 'join' ? [field.name] : [],
      ),
    )
    void (async () => {
      const doc = await api<Data>(`/api/${collection}/${id}?depth=0&draft=true`)
      const { savedDocumentData: before, modified: hasEdits } = latest.current
      const form = hasEdits ? (getData() as Data) : {}
      // The person's unsaved edits win over the server for the fields they touched; joins are
      // the server's lists, never edited in the form.
      const edited = Object.keys(form).filter(
        (field) => !joins.has(field) && field in doc && !same(form[field], before?.[field]),
      )
      await reset({ ...doc, ...Object.fromEntries(edited.map((field) => [field, form[field]])) })
      updateSavedDocumentData(doc)
      if (edited.length > 0) setModified(true)
    })().catch(() => {
      // The next status change tries again.
      followed.current = ''
    })
  }, [
    id,
    key,
    idle,
    reported,
    collection,
    docConfig,
    getData,
    reset,
    setModified,
    updateSavedDocumentData,
  ])
}
