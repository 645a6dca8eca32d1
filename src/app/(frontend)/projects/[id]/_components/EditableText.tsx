'use client'

import { useEffect, useState } from 'react'

import { TextField } from '../../../../../ui/fields'

/**
 * A field edited in place: it keeps what the user types and saves on blur, only when the text
 * changed (the server validates; its message shows above the storyboard).
 */
export function EditableText({
  label,
  value,
  onSave,
  multiline,
  rows,
  isReadOnly,
  maxLength,
  className,
}: {
  label: string
  value: string
  onSave: (value: string) => void
  multiline?: boolean
  rows?: number
  isReadOnly?: boolean
  maxLength?: number
  className?: string
}) {
  const [text, setText] = useState(value)
  useEffect(() => setText(value), [value])
  return (
    <TextField
      label={label}
      value={text}
      onChange={setText}
      onBlur={() => {
        if (text !== value) onSave(text)
      }}
      multiline={multiline}
      rows={rows}
      isReadOnly={isReadOnly}
      maxLength={maxLength}
      className={className}
    />
  )
}
