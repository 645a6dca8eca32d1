'use client'

import { useDocumentForm, useDocumentInfo, useFormModified, useModal } from '@payloadcms/ui'
import type { ClientField } from 'payload'
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react'

import { api } from '../../../src/ui/api'

type Data = Record<string, unknown>

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** Payload's "Document modified" warning (its edit view's stale-data modal). */
const staleDataModal = 'document-stale-data'

/** How many times a form followed its jobs: what the page shows beside the form reads again. */
let followedVersion = 0
const followers = new Set<() => void>()
const subscribe = (listener: () => void) => {
  followers.add(listener)
  return () => void followers.delete(listener)
}
export const useFollowedVersion = () =>
  useSyncExternalStore(
    subscribe,
    () => followedVersion,
    () => 0,
  )

type Watch = {
  /** The fields jobs write, as the live status reports them (e.g. `{ status, failureReason }`). */
  reported: Data | undefined
  /** Anything else the status shows that the document displays (its scenes' statuses). */
  related?: unknown
  /** No job is running: the document is settled and worth reading again. */
  idle: boolean
  /** Fields people may edit that jobs write too (read-only fields count as the jobs' anyway). */
  jobFields?: string[]
}

/**
 * Keeps the document's form in step with the server while jobs change the document under it:
 * when the live status settles on something the form does not show (a finished storyboard, a
 * stitched film, a failure), the document is read again and the form reset to it. Fields the
 * person has edited and not saved keep their edits. Without this the form shows (and a save
 * would send back) what the document was when the page opened.
 *
 * Payload warns "Document modified" (and offers only a reload, dropping the edits) when the
 * document changed since the form was loaded; when only the jobs changed it, the warning is
 * answered here, by following them.
 */
export function useFormFollowsJobs(collection: string, watch: Watch) {
  const { reported, related, idle } = watch
  const jobFields = (watch.jobFields ?? []).join(',')
  const { id, docConfig, savedDocumentData, updateSavedDocumentData } = useDocumentInfo()
  const { reset, getData, setModified } = useDocumentForm()
  const modified = useFormModified()
  const { isModalOpen, closeModal } = useModal()
  const followed = useRef<string | undefined>(undefined)
  const latest = useRef({ savedDocumentData, modified })
  useEffect(() => {
    latest.current = { savedDocumentData, modified }
  }, [savedDocumentData, modified])

  const read = useCallback(
    () => api<Data>(`/api/${collection}/${id}?depth=0&draft=true`),
    [collection, id],
  )
  /** Resets the form to `doc`, keeping the person's unsaved edits. */
  const follow = useCallback(
    async (doc: Data) => {
      const joins = new Set(
        (docConfig?.fields ?? []).flatMap((field: ClientField) =>
          field.type === 'join' ? [field.name] : [],
        ),
      )
      const { savedDocumentData: before, modified: hasEdits } = latest.current
      const form = hasEdits ? (getData() as Data) : {}
      // The edits win over the server for the fields they touched; joins are the server's lists,
      // never edited in the form.
      const edited = Object.keys(form).filter(
        (field) => !joins.has(field) && field in doc && !same(form[field], before?.[field]),
      )
      await reset({ ...doc, ...Object.fromEntries(edited.map((field) => [field, form[field]])) })
      updateSavedDocumentData(doc)
      if (edited.length > 0) setModified(true)
      followedVersion++
      for (const listener of followers) listener()
    },
    [docConfig, getData, reset, setModified, updateSavedDocumentData],
  )

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
    read()
      .then(follow)
      .catch(() => {
        // The next status change tries again.
        followed.current = ''
      })
  }, [id, key, idle, reported, read, follow])

  const warned = isModalOpen(staleDataModal)
  useEffect(() => {
    if (!warned || !id) return
    void (async () => {
      const doc = await read()
      const saved = latest.current.savedDocumentData ?? {}
      const fields = (docConfig?.fields ?? []).filter(
        (field: ClientField) => 'name' in field && field.type !== 'join',
      ) as Array<ClientField & { name: string }>
      const jobsOwn = (field: ClientField & { name: string }) =>
        jobFields.split(',').includes(field.name) || Boolean(field.admin?.readOnly)
      const changedByOthers = fields.some(
        (field) =>
          !jobsOwn(field) &&
          field.name !== 'updatedAt' &&
          !same(doc[field.name], saved[field.name]),
      )
      // Someone changed the content: Payload's warning stands.
      if (changedByOthers) return
      closeModal(staleDataModal)
      await follow(doc)
    })().catch(() => undefined)
  }, [warned, id, read, follow, closeModal, docConfig, jobFields])
}
