import { Plus } from 'lucide-react'

import type { CarMedia, CarModel, CarVariant } from '../../../../../payload-types'
import { DeleteButton } from '../../../../ui/DeleteButton'
import { TextField } from '../../../../ui/fields'
import { FormDialog } from '../../../../ui/FormDialog'
import { Card } from '../../../../ui/PageHeader'
import { VariantMedia } from './VariantMedia'
import { UploadMediaFields } from './UploadMediaFields'

export function CarModelCard({
  model,
  variants,
  isAdmin,
}: {
  model: CarModel
  variants: Array<{ variant: CarVariant; media: CarMedia[] }>
  isAdmin: boolean
}) {
  return (
    <Card>
      <section aria-label={model.name}>
        <header className="flex items-center justify-between gap-4 border-b border-slate-100 px-6 py-4">
          <div>
            <h2 className="text-lg font-semibold text-slate-900">{model.name}</h2>
            <p className="text-sm text-slate-500">
              {variants.length === 1 ? '1 variant' : `${variants.length} variants`}
            </p>
          </div>
          {isAdmin && (
            <div className="flex gap-2">
              <FormDialog
                trigger="Add variant"
                triggerVariant="secondary"
                triggerSize="sm"
                triggerIcon={<Plus size={14} aria-hidden />}
                triggerLabel={`Add variant to ${model.name}`}
                title={`Add a ${model.name} variant`}
                submit="Add variant"
                endpoint={`/api/cars/${model.id}/variants`}
                numbers={['year']}
              >
                <div className="grid grid-cols-2 gap-4">
                  <TextField
                    label="Year"
                    name="year"
                    type="number"
                    isRequired
                    autoFocus
                    defaultValue={String(new Date().getFullYear())}
                  />
                  <TextField label="Trim" name="trim" isRequired maxLength={80} placeholder="GT" />
                </div>
              </FormDialog>
              <DeleteButton endpoint={`/api/cars/${model.id}`} label={`Delete ${model.name}`} />
            </div>
          )}
        </header>
        {variants.length === 0 ? (
          <p className="px-6 py-6 text-sm text-slate-500">No variants yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {variants.map(({ variant, media }) => {
              const name = `${model.name} ${variant.year} ${variant.trim}`
              return (
                <li key={variant.id} className="px-6 py-5">
                  <section aria-label={name}>
                    <div className="mb-4 flex items-center justify-between gap-4">
                      <h3 className="font-medium text-slate-900">
                        {variant.year} <span className="text-slate-600">{variant.trim}</span>
                      </h3>
                      {isAdmin && (
                        <div className="flex gap-2">
                          <FormDialog
                            trigger="Upload media"
                            triggerVariant="secondary"
                            triggerSize="sm"
                            triggerIcon={<Plus size={14} aria-hidden />}
                            triggerLabel={`Upload media for ${name}`}
                            title={`Upload media for ${name}`}
                            description="Exterior and interior pictures, an engine sound, or a 3D model (glTF/GLB)."
                            submit="Upload"
                            endpoint={`/api/cars/variants/${variant.id}/media`}
                            send="multipart"
                          >
                            <UploadMediaFields />
                          </FormDialog>
                          <DeleteButton
                            endpoint={`/api/cars/variants/${variant.id}`}
                            label={`Delete ${name}`}
                          />
                        </div>
                      )}
                    </div>
                    <VariantMedia media={media} isAdmin={isAdmin} variantName={name} />
                  </section>
                </li>
              )
            })}
          </ul>
        )}
      </section>
    </Card>
  )
}
