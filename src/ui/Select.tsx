'use client'

import { Check, ChevronDown } from 'lucide-react'
import type { Key } from 'react-aria-components'
import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
  Text,
} from 'react-aria-components'

import { cn } from './cn'
import { labelClass } from './fields'

export type Option = { id: string; label: string }

/** A labelled single choice from a list (react-aria's Select: a button and a listbox). */
export function Select({
  label,
  options,
  selectedKey,
  onSelectionChange,
  placeholder = 'Choose…',
  description,
  isDisabled,
  name,
  className,
  hideLabel,
}: {
  label: string
  options: Option[]
  selectedKey: string | null
  onSelectionChange: (key: string | null) => void
  placeholder?: string
  description?: string
  isDisabled?: boolean
  name?: string
  className?: string
  /** The label still names the control for assistive technology; it is just not shown. */
  hideLabel?: boolean
}) {
  return (
    <AriaSelect
      name={name}
      selectedKey={selectedKey}
      onSelectionChange={(key: Key | null) => onSelectionChange(key === null ? null : String(key))}
      isDisabled={isDisabled}
      placeholder={placeholder}
      className={cn('flex flex-col gap-1.5', className)}
    >
      <Label className={hideLabel ? 'sr-only' : labelClass}>{label}</Label>
      <Button className="flex h-10 w-full items-center justify-between rounded-lg border border-slate-300 bg-white px-3 text-left text-sm shadow-xs outline-none data-[disabled]:bg-slate-100 data-[disabled]:text-slate-400 data-[focus-visible]:border-brand-500 data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-500/30">
        <SelectValue className="truncate data-[placeholder]:text-slate-500" />
        <ChevronDown size={16} aria-hidden className="text-slate-500" />
      </Button>
      {description && (
        <Text slot="description" className="text-xs text-slate-500">
          {description}
        </Text>
      )}
      <FieldError className="text-xs text-red-600" />
      <Popover className="w-(--trigger-width) rounded-lg border border-slate-200 bg-white p-1 shadow-lg outline-none">
        <ListBox className="max-h-64 overflow-auto outline-none">
          {options.map((option) => (
            <ListBoxItem
              key={option.id}
              id={option.id}
              textValue={option.label}
              className="flex cursor-default items-center justify-between rounded-md px-3 py-2 text-sm text-slate-800 outline-none data-[focused]:bg-brand-50 data-[selected]:font-medium"
            >
              {({ isSelected }) => (
                <>
                  {option.label}
                  {isSelected && <Check size={16} aria-hidden className="text-brand-700" />}
                </>
              )}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </AriaSelect>
  )
}
