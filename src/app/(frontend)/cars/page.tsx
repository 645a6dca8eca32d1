import { Car, Plus } from 'lucide-react'

import { TextField } from '../../../ui/fields'
import { FormDialog } from '../../../ui/FormDialog'
import { EmptyState, PageHeader } from '../../../ui/PageHeader'
import { localApi, requireSession } from '../_lib/session'
import { CarModelCard } from './_components/CarModelCard'

export const metadata = { title: 'Cars' }
export const dynamic = 'force-dynamic'

/** The car catalogue: models → variants → media (pictures, sounds, 3D files). ADMINs edit it. */
export default async function CarsPage() {
  const { user, company, isAdmin } = await requireSession()
  const payload = await localApi()
  const asUser = { overrideAccess: false, user, depth: 0 } as const
  const [models, variants, media] = await Promise.all([
    payload.find({ collection: 'car-models', sort: 'name', limit: 200, ...asUser }),
    payload.find({ collection: 'car-variants', sort: '-year', limit: 1000, ...asUser }),
    payload.find({ collection: 'car-media', sort: 'createdAt', limit: 2000, ...asUser }),
  ])
  const idOf = (value: string | { id: string }) => (typeof value === 'string' ? value : value.id)
  return (
    <>
      <PageHeader
        title="Cars"
        description="Your catalogue: models, their variants, and the pictures, sounds and 3D files the films use."
        actions={
          isAdmin && company ? (
            <FormDialog
              trigger="Add car model"
              triggerIcon={<Plus size={16} aria-hidden />}
              title="Add a car model"
              submit="Add model"
              endpoint={`/api/companies/${company.id}/cars`}
            >
              <TextField
                label="Model name"
                name="name"
                isRequired
                maxLength={120}
                autoFocus
                placeholder="Mustang"
              />
            </FormDialog>
          ) : undefined
        }
      />
      {models.docs.length === 0 ? (
        <EmptyState icon={<Car aria-hidden />} title="No cars yet">
          {isAdmin
            ? 'Add a model, then its variants (year and trim) and their pictures and sounds.'
            : 'An ADMIN of your company can add the car catalogue.'}
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          {models.docs.map((model) => (
            <CarModelCard
              key={model.id}
              model={model}
              variants={variants.docs
                .filter((v) => idOf(v.model) === model.id)
                .map((variant) => ({
                  variant,
                  media: media.docs.filter((m) => idOf(m.variant) === variant.id),
                }))}
              isAdmin={isAdmin}
            />
          ))}
        </div>
      )}
    </>
  )
}
