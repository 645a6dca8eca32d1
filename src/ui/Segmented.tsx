'use client'

import { Label, Radio, RadioGroup } from 'react-aria-components'

import { labelClass } from './fields'

/** A small single choice shown as segments (a radio group to assistive technology). */
export function Segmented({
  label,
  options,
  value,
  onChange,
  name,
}: {
  label: string
  options: Array<{ id: string; label: string }>
  value: string
  onChange: (value: string) => void
  name?: string
}) {
  return (
    <RadioGroup
      value={value}
      onChange={onChange}
      name={name}
      orientation="horizontal"
      className="flex flex-col gap-1.5"
    >
      <Label className={labelClass}>{label}</Label>
      <div className="inline-flex w-fit gap-1 rounded-lg bg-slate-100 p-1">
        {options.map((option) => (
          <Radio
            key={option.id}
            value={option.id}
            className="cursor-pointer rounded-md px-4 py-1.5 text-sm font-medium text-slate-600 outline-none data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-600 data-[hovered]:text-slate-900 data-[selected]:bg-white data-[selected]:text-brand-800 data-[selected]:shadow-sm"
          >
            {option.label}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  )
}
