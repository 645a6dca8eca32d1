import { ChevronLeft, Clapperboard } from 'lucide-react'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { z } from 'zod'

import type { EquipmentFile } from '../../../../../payload-types'
import { mayChangeOwned } from '../../../../lib/access'
import { ButtonLink } from '../../../../ui/Button'
import { PageHeader } from '../../../../ui/PageHeader'
import { localApi, requireTraining } from '../../_lib/session'
import { DeleteEquipmentButton } from './_components/DeleteEquipmentButton'
import { EquipmentFiles, type FileView } from './_components/EquipmentFiles'
import { EquipmentVideos } from './_components/EquipmentVideos'
import { RefreshWhile } from '../../../../ui/RefreshWhile'
import { UploadFiles } from './_components/UploadFiles'

export const dynamic = 'force-dynamic'

const readEquipment = async (id: string) => {
  const { user } = await requireTraining()
  if (!z.uuid().safeParse(id).success) return null
  return (await localApi()).findByID({
    collection: 'training-equipment',
    id,
    depth: 0,
    select: { name: true, owner: true },
    overrideAccess: false,
    user,
    disableErrors: true,
  })
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return { title: (await readEquipment((await params).id))?.name ?? 'Equipment not found' }
}

/**
 * One machine: its files grouped as manuals (with their text extraction), images and 3D models,
 * uploads, the videos made from it, and deletion. Another company's id is simply not found.
 */
export default async function EquipmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { user } = await requireTraining()
  const equipment = await readEquipment(id)
  if (!equipment) notFound()
  const payload = await localApi()
  const asUser = { overrideAccess: false, user, depth: 0, pagination: false } as const
  const [files, videos] = await Promise.all([
    payload.find({
      collection: 'equipment-files',
      where: { equipment: { equals: id } },
      sort: 'uploadedAt',
      ...asUser,
    }),
    payload.find({
      collection: 'projects',
      where: { and: [{ kind: { equals: 'training' } }, { equipment: { equals: id } }] },
      sort: '-createdAt',
      select: { name: true, status: true, taskType: true, createdAt: true },
      ...asUser,
    }),
  ])
  // A manual's page count says how much of it the scripts can draw on.
  const pageCounts = await Promise.all(
    files.docs.map((file) =>
      file.fileType === 'manual' && file.extractionStatus === 'done'
        ? payload
            .count({
              collection: 'manual-pages',
              where: { file: { equals: file.id } },
              overrideAccess: false,
              user,
            })
            .then((c) => c.totalDocs)
        : Promise.resolve(null),
    ),
  )
  const views: FileView[] = files.docs.map((file: EquipmentFile, index) => ({
    id: file.id,
    type: file.fileType,
    name: file.originalFilename || file.filename || 'file',
    url: file.url ?? null,
    size: file.filesize ?? null,
    uploadedAt: file.uploadedAt ?? file.createdAt,
    extraction:
      file.fileType === 'manual'
        ? {
            status: file.extractionStatus ?? 'pending',
            error: file.extractionError ?? null,
            pages: pageCounts[index] ?? null,
          }
        : null,
    canDelete: mayChangeOwned(user, file),
  }))
  const count = (type: FileView['type']) => views.filter((f) => f.type === type).length
  const reading = views.some((f) => f.extraction?.status === 'pending')
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/equipment" className="inline-flex items-center gap-1 hover:text-slate-800">
            <ChevronLeft size={16} aria-hidden /> Equipment
          </Link>
        }
        title={equipment.name}
        description="Manuals ground every training video in the manufacturer's own steps; photos and 3D models show the machine."
        actions={
          <>
            {mayChangeOwned(user, equipment) && (
              <DeleteEquipmentButton
                id={id}
                name={equipment.name}
                manuals={count('manual')}
                indexedPages={views.reduce((sum, f) => sum + (f.extraction?.pages ?? 0), 0)}
                images={count('image')}
                models={count('3d_model')}
                videos={videos.docs.length}
              />
            )}
            <ButtonLink
              href={`/videos/new?equipment=${id}`}
              icon={<Clapperboard size={16} aria-hidden />}
            >
              New video
            </ButtonLink>
          </>
        }
      />
      <RefreshWhile active={reading} />
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_380px]">
        <EquipmentFiles files={views} equipmentName={equipment.name} />
        <div className="flex flex-col gap-6 xl:sticky xl:top-24">
          <UploadFiles equipmentId={id} />
          <EquipmentVideos
            videos={videos.docs.map((v) => ({
              id: v.id,
              name: v.name,
              status: v.status ?? 'STORYBOARD',
              taskType: v.taskType ?? null,
              createdAt: v.createdAt,
            }))}
            equipmentId={id}
          />
        </div>
      </div>
    </>
  )
}
