'use client'

import type { ReactNode } from 'react'
import {
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
  TextField as AriaTextField,
  type TextFieldProps,
} from 'react-aria-components'

import { cn } from './cn'

export const inputClass =
  'w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 outline-none ' +
  'focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 data-[invalid]:border-red-500 data-[disabled]:bg-slate-100 read-only:border-slate-200 read-only:bg-slate-50 read-only:shadow-none read-only:focus:ring-0'

export const labelClass = 'text-sm font-medium text-slate-700'

type FieldProps = Omit<TextFieldProps, 'children'> & {
  label: string
  description?: ReactNode
  placeholder?: string
  multiline?: boolean
  rows?: number
  className?: string
  inputClassName?: string
}

/** A labelled text input or text area, with its description and validation message. */
export function TextField({
  label,
  description,
  placeholder,
  multiline,
  rows = 3,
  className,
  inputClassName,
  ...props
}: FieldProps) {
  return (
    <AriaTextField {...props} className={cn('flex flex-col gap-1.5', className)}>
      <Label className={labelClass}>{label}</Label>
      {multiline ? (
        <TextArea
          rows={rows}
          placeholder={placeholder}
          className={cn(inputClass, 'resize-y', inputClassName)}
        />
      ) : (
        <Input placeholder={placeholder} className={cn(inputClass, inputClassName)} />
      )}
      {description && (
        <Text slot="description" className="text-xs text-slate-500">
          {description}
        </Text>
      )}
      <FieldError className="text-xs text-red-600" />
    </AriaTextField>
  )
}

/** A new password, held to the sign-up rule (at least 8 characters; the server checks it too). */
export function NewPasswordField() {
  return (
    <TextField
      label="Password"
      name="password"
      type="password"
      autoComplete="new-password"
      isRequired
      minLength={8}
      description="At least 8 characters."
    />
  )
}

/** A form-level error (the server's message), announced when it appears. */
export function FormError({ message }: { message?: string | null }) {
  if (!message) return null
  return (
    <p
      role="alert"
      className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
    >
      {message}
    </p>
  )
}
