import { Box, FileText, ImageIcon, Wrench } from 'lucide-react'
import Link from 'next/link'

import { idOf } from '../../../lib/db/ids'
import { EmptyState, PageHeader } from '../../../ui/PageHeader'
import { localApi, requireTraining } from '../_lib/session'
import { NewEquipmentDialog } from './_components/NewEquipmentDialog'

export const metadata = { title: 'Equipment' }
export const dynamic = 'force-dynamic'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' })

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

/** The company's equipment: what each has (manuals, photos, 3D models) and its training videos. */
export default async function EquipmentListPage() {
  const { user } = await requireTraining()
  const payload = await localApi()
  const asUser = { overrideAccess: false, user, depth: 0, pagination: false } as const
  const [equipment, files, videos] = await Promise.all([
    payload.find({
      collection: 'training-equipment',
      sort: 'name',
      select: { name: true, updatedAt: true },
      ...asUser,
    }),
    payload.find({
      collection: 'equipment-files',
      sort: 'uploadedAt',
      select: { equipment: true, fileType: true, url: true, filename: true, prefix: true },
      ...asUser,
    }),
    payload.find({
      collection: 'projects',
      where: { and: [{ kind: { equals: 'training' } }, { equipment: { exists: true } }] },
      select: { equipment: true },
      ...asUser,
    }),
  ])
  const filesOf = (id: string) => files.docs.filter((f) => idOf(f.equipment) === id)
  const videoCount = (id: string) => videos.docs.filter((v) => idOf(v.equipment) === id).length
  return (
    <>
      <PageHeader
        title="Equipment"
        description="The machines your technicians service, with the manuals, photos and 3D models that training videos are written from."
        actions={<NewEquipmentDialog />}
      />
      {equipment.docs.length === 0 ? (
        <EmptyState
          icon={<Wrench aria-hidden />}
          title="No equipment yet"
          action={<NewEquipmentDialog />}
        >
          Add a machine, then upload its service manual: every training video about it is written
          from the manual&apos;s own steps.
        </EmptyState>
      ) : (
        <ul
          aria-label="Equipment"
          className="grid grid-cols-[repeat(auto-fill,minmax(300px,1fr))] gap-6"
        >
          {equipment.docs.map((item) => {
            const own = filesOf(item.id)
            const count = (type: string) => own.filter((f) => f.fileType === type).length
            const cover = own.find((f) => f.fileType === 'image' && f.url)
            return (
              <li
                key={item.id}
                className="group relative flex flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-xs transition hover:-translate-y-0.5 hover:shadow-md"
              >
                <div className="aspect-[16/9] bg-gradient-to-br from-slate-100 to-slate-200">
                  {cover ? (
                    <img src={cover.url!} alt="" className="size-full object-cover" />
                  ) : (
                    <div className="grid size-full place-items-center text-slate-400">
                      <Wrench size={40} aria-hidden />
                    </div>
                  )}
                </div>
                <div className="flex flex-1 flex-col gap-3 p-4">
                  <h2 className="font-semibold text-slate-900">
                    <Link
                      href={`/equipment/${item.id}`}
                      className="outline-none after:absolute after:inset-0 focus-visible:underline"
                    >
                      {item.name}
                    </Link>
                  </h2>
                  <ul
                    className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600"
                    aria-label={`${item.name} files`}
                  >
                    <li className="inline-flex items-center gap-1">
                      <FileText size={14} aria-hidden className="text-slate-500" />
                      {plural(count('manual'), 'manual')}
                    </li>
                    <li className="inline-flex items-center gap-1">
                      <ImageIcon size={14} aria-hidden className="text-slate-500" />
                      {plural(count('image'), 'image')}
                    </li>
                    <li className="inline-flex items-center gap-1">
                      <Box size={14} aria-hidden className="text-slate-500" />
                      {plural(count('3d_model'), '3D model')}
                    </li>
                  </ul>
                  <p className="mt-auto flex justify-between pt-1 text-xs text-slate-500">
                    <span>{plural(videoCount(item.id), 'training video')}</span>
                    <span>Updated {dateFormat.format(new Date(item.updatedAt))}</span>
                  </p>
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}
