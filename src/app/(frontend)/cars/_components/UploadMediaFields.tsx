'use client'

import { useState } from 'react'

import { labelClass } from '../../../../ui/fields'
import { Select } from '../../../../ui/Select'

const mediaTypes = [
  { id: 'EXTERIOR', label: 'Exterior picture' },
  { id: 'INTERIOR', label: 'Interior picture' },
  { id: 'SOUND', label: 'Sound' },
  { id: '3D_MODEL', label: '3D model' },
]

export function UploadMediaFields() {
  const [type, setType] = useState<string | null>('EXTERIOR')
  return (
    <>
      <Select
        label="Media type"
        name="type"
        options={mediaTypes}
        selectedKey={type}
        onSelectionChange={setType}
      />
      <label className="flex flex-col gap-1.5">
        <span className={labelClass}>File</span>
        <input
          type="file"
          name="file"
          required
          className="text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-brand-800 hover:file:bg-brand-100"
        />
      </label>
    </>
  )
}
