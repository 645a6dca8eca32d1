'use client'

import { Paperclip, Plus, Upload, X } from 'lucide-react'
import { useState } from 'react'
import { FileTrigger } from 'react-aria-components'

import { api } from '../../../../ui/api'
import { Button } from '../../../../ui/Button'
import { TextField } from '../../../../ui/fields'
import { DialogForm, FormDialog } from '../../../../ui/FormDialog'
import { Select } from '../../../../ui/Select'

const types = [
  { id: 'LOGO', label: 'Logo' },
  { id: 'BADGE', label: 'Badge' },
  { id: 'FONT', label: 'Font' },
  { id: 'COLOR_SCHEME', label: 'Colour scheme' },
]

export function UploadAssetDialog({ companyId }: { companyId: string }) {
  return (
    <FormDialog
      trigger="Add asset"
      triggerIcon={<Upload size={16} aria-hidden />}
      title="Add a brand asset"
      description="Images are checked by their content (PNG, JPEG, WebP, SVG); colour schemes are named hex colours."
    >
      {(close) => <UploadAssetForm companyId={companyId} close={close} />}
    </FormDialog>
  )
}

/** Its submit label and the file follow the chosen type, so this form keeps its own state. */
function UploadAssetForm({ companyId, close }: { companyId: string; close: () => void }) {
  const [type, setType] = useState<string | null>('LOGO')
  const [file, setFile] = useState<File | null>(null)
  const [colors, setColors] = useState([
    { name: 'primary', hex: '#0B1F3A' },
    { name: 'accent', hex: '#E63946' },
  ])
  const isScheme = type === 'COLOR_SCHEME'
  return (
    <DialogForm
      submit={isScheme ? 'Save colour scheme' : 'Upload asset'}
      isSubmitDisabled={!isScheme && !file}
      close={close}
      onSubmit={async () => {
        const form = new FormData()
        form.append('type', type ?? '')
        if (isScheme)
          form.append(
            'value',
            JSON.stringify(Object.fromEntries(colors.map((c) => [c.name.trim(), c.hex.trim()]))),
          )
        else if (file) form.append('file', file)
        await api(`/api/companies/${companyId}/assets`, { method: 'POST', body: form })
      }}
    >
      <Select label="Asset type" options={types} selectedKey={type} onSelectionChange={setType} />
      {isScheme ? (
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 text-sm font-medium text-slate-700">Colours</legend>
          {colors.map((color, index) => (
            <div
              key={index}
              className="grid grid-cols-[2.5rem_minmax(0,1fr)_8rem_auto] items-end gap-2"
            >
              <span
                aria-hidden
                className="mb-1 size-9 rounded-lg ring-1 ring-black/10"
                style={{ background: /^#[0-9a-f]{3,6}$/i.test(color.hex) ? color.hex : '#fff' }}
              />
              <TextField
                label={`Colour ${index + 1} name`}
                value={color.name}
                onChange={(name) =>
                  setColors(colors.map((c, i) => (i === index ? { ...c, name } : c)))
                }
                isRequired
              />
              <TextField
                label={`Colour ${index + 1} hex`}
                value={color.hex}
                onChange={(hex) =>
                  setColors(colors.map((c, i) => (i === index ? { ...c, hex } : c)))
                }
                isRequired
              />
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Remove colour ${index + 1}`}
                isDisabled={colors.length === 1}
                onPress={() => setColors(colors.filter((_, i) => i !== index))}
              >
                <X size={16} aria-hidden />
              </Button>
            </div>
          ))}
          <Button
            variant="secondary"
            size="sm"
            className="w-fit"
            icon={<Plus size={14} aria-hidden />}
            onPress={() => setColors([...colors, { name: '', hex: '#' }])}
          >
            Add colour
          </Button>
        </fieldset>
      ) : (
        <div className="flex items-center gap-3">
          <FileTrigger
            onSelect={(files) => setFile(files?.[0] ?? null)}
            acceptedFileTypes={
              type === 'FONT'
                ? [
                    'font/ttf',
                    'font/otf',
                    'font/woff',
                    'font/woff2',
                    '.ttf',
                    '.otf',
                    '.woff',
                    '.woff2',
                  ]
                : ['image/*']
            }
          >
            <Button variant="secondary" icon={<Paperclip size={16} aria-hidden />}>
              Choose file
            </Button>
          </FileTrigger>
          <span className="truncate text-sm text-slate-600" aria-live="polite">
            {file ? file.name : 'No file chosen'}
          </span>
        </div>
      )}
    </DialogForm>
  )
}
