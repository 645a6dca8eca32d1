'use client'

import { AlertTriangle, Check, Loader2, RotateCcw } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { Label, TextArea, TextField } from 'react-aria-components'

import { messageOf } from '../../../../../ui/api'
import { Button } from '../../../../../ui/Button'
import { cn } from '../../../../../ui/cn'
import { inputClass } from '../../../../../ui/fields'

type SaveState = { phase: 'idle' | 'saving' | 'saved' | 'failed'; error?: string }

/** Spoken English runs about 15 characters a second: a hint, the render measures the real thing. */
const spokenSeconds = (text: string) => Math.max(1, Math.round(text.trim().length / 15))

/**
 * "Voiceover for scene N": saved on blur (the document's rule) with its state in view — Saving…,
 * Saved, or Failed with the reason and Retry. Text that did not change since the last save sends
 * nothing.
 */
export function VoiceoverField({
  sceneId,
  sceneNumber,
  value,
  onSave,
  onUnsaved,
  isReadOnly,
}: {
  sceneId: string
  sceneNumber: number
  value: string
  onSave: (text: string) => Promise<{ voiceover_text: string }>
  onUnsaved: (sceneId: string, sceneNumber: number | null) => void
  isReadOnly?: boolean
}) {
  const [text, setText] = useState(value)
  const saved = useRef(value)
  // The text being saved now: a second blur (or Retry) with it does not send it twice.
  const saving = useRef<string | null>(null)
  const [state, setState] = useState<SaveState>({ phase: 'idle' })
  // The server's text (after a save, a reload, or another editor) replaces ours unless we are mid-edit.
  useEffect(() => {
    if (text === saved.current) setText(value)
    saved.current = value
  }, [value]) // only a new server value matters here, not each keystroke

  const save = async (next: string) => {
    if (next === saved.current || next === saving.current) return
    saving.current = next
    setState({ phase: 'saving' })
    onUnsaved(sceneId, sceneNumber)
    try {
      const scene = await onSave(next)
      saved.current = scene.voiceover_text
      setText((current) => (current === next ? scene.voiceover_text : current))
      setState({ phase: 'saved' })
      onUnsaved(sceneId, null)
    } catch (e) {
      setState({ phase: 'failed', error: messageOf(e) })
    } finally {
      saving.current = null
    }
  }

  const statusId = `voiceover-status-${sceneId}`
  return (
    <div className="flex flex-col gap-1.5">
      <TextField
        value={text}
        onChange={setText}
        onBlur={() => void save(text)}
        isReadOnly={isReadOnly}
        aria-describedby={statusId}
        className="flex flex-col gap-1.5"
      >
        <Label className="text-sm font-medium text-slate-700">
          Voiceover<span className="sr-only"> for scene {sceneNumber}</span>
        </Label>
        <TextArea
          rows={3}
          maxLength={5000}
          className={cn(
            inputClass,
            'resize-y leading-relaxed',
            state.phase === 'failed' && 'border-red-400',
          )}
        />
      </TextField>
      <div className="flex min-h-7 items-center justify-between gap-3 text-xs">
        <div id={statusId} role="status" className="flex min-w-0 items-center gap-2">
          {state.phase === 'saving' && (
            <span className="inline-flex items-center gap-1 text-slate-600">
              <Loader2 size={13} aria-hidden className="animate-spin" /> Saving…
            </span>
          )}
          {state.phase === 'saved' && text === saved.current && (
            <span className="inline-flex items-center gap-1 text-emerald-700">
              <Check size={13} aria-hidden /> Saved
            </span>
          )}
          {state.phase !== 'saving' && state.phase !== 'failed' && text !== saved.current && (
            <span className="text-slate-500">Saves when you leave the field</span>
          )}
          {state.phase === 'failed' && (
            <span className="inline-flex min-w-0 items-start gap-1 text-red-700">
              <AlertTriangle size={13} aria-hidden className="mt-0.5 shrink-0" />{' '}
              {/* Wrapped, not cut: the reason is what the person acts on. */}
              <span className="min-w-0 break-words">Failed: {state.error}</span>
            </span>
          )}
        </div>
        {state.phase === 'failed' ? (
          <Button
            variant="danger"
            size="sm"
            className="h-7"
            icon={<RotateCcw size={13} aria-hidden />}
            onPress={() => void save(text)}
          >
            Retry
          </Button>
        ) : (
          <span className="shrink-0 tabular-nums text-slate-500">
            {text.trim().length} characters · ≈ {spokenSeconds(text)} s spoken
          </span>
        )}
      </div>
    </div>
  )
}
