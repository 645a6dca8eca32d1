import { FileType2 } from 'lucide-react'

import type { CompanyAsset } from '../../../../../payload-types'
import { DeleteAssetButton } from './DeleteAssetButton'

/** A logo, badge or font: its preview, file name and size. */
export function AssetCard({
  asset,
  companyId,
  canDelete,
}: {
  asset: CompanyAsset
  companyId: string
  canDelete: boolean
}) {
  const name = asset.originalFilename ?? asset.filename ?? asset.type
  const isImage = asset.mimeType?.startsWith('image/')
  return (
    <li className="overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-xs">
      <div className="grid aspect-[4/3] place-items-center bg-[conic-gradient(#f1f5f9_25%,#fff_0_50%,#f1f5f9_0_75%,#fff_0)] bg-[length:16px_16px] p-6">
        {isImage && asset.url ? (
          <img
            src={asset.thumbnailURL ?? asset.url}
            alt={`${asset.type.toLowerCase()} ${name}`}
            className="max-h-full max-w-full object-contain"
          />
        ) : (
          <FileType2 size={40} aria-hidden className="text-slate-400" />
        )}
      </div>
      <div className="flex items-center justify-between gap-2 border-t border-slate-100 px-4 py-3">
        <div className="min-w-0">
          <p className="truncate text-sm font-medium text-slate-900">{name}</p>
          <p className="text-xs text-slate-500">
            {asset.filesize ? `${Math.max(1, Math.round(asset.filesize / 1024))} KB` : ''}
          </p>
        </div>
        {canDelete && <DeleteAssetButton companyId={companyId} assetId={asset.id} name={name} />}
      </div>
    </li>
  )
}
