import { ChevronLeft } from 'lucide-react'
import Link from 'next/link'
import { z } from 'zod'

import { idOf } from '../../../../lib/db/ids'
import { PageHeader } from '../../../../ui/PageHeader'
import { localApi, requireTraining } from '../../_lib/session'
import { NewVideoForm } from './_components/NewVideoForm'

export const metadata = { title: 'New video' }
export const dynamic = 'force-dynamic'

/** A new training video from a one-line prompt, grounded in the chosen equipment's manuals. */
export default async function NewVideoPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { user } = await requireTraining()
  const payload = await localApi()
  const asUser = { overrideAccess: false, user, depth: 0, pagination: false } as const
  const [equipment, manuals] = await Promise.all([
    payload.find({
      collection: 'training-equipment',
      sort: 'name',
      select: { name: true },
      ...asUser,
    }),
    payload.find({
      collection: 'equipment-files',
      where: { fileType: { equals: 'manual' } },
      select: { equipment: true, extractionStatus: true },
      ...asUser,
    }),
  ])
  const choices = equipment.docs.map((e) => {
    const own = manuals.docs.filter((m) => idOf(m.equipment) === e.id)
    return {
      id: e.id,
      name: e.name,
      manuals: own.length,
      indexed: own.filter((m) => m.extractionStatus === 'done').length,
    }
  })
  const wanted = z.uuid().safeParse((await searchParams).equipment).data
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        eyebrow={
          <Link href="/videos" className="inline-flex items-center gap-1 hover:text-slate-800">
            <ChevronLeft size={16} aria-hidden /> Videos
          </Link>
        }
        title="New training video"
        description="Describe the task as a technician would ask for it. The script is written from the equipment's manual, one step per scene, and you can edit every word before the video is rendered."
      />
      <NewVideoForm
        equipment={choices}
        initialEquipmentId={choices.some((c) => c.id === wanted) ? wanted! : null}
      />
    </div>
  )
}
