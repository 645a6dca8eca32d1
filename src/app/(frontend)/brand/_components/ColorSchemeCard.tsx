import type { CompanyAsset } from '../../../../../payload-types'
import { DeleteAssetButton } from './DeleteAssetButton'

/** A colour scheme as swatches with their names and hex values. */
export function ColorSchemeCard({
  asset,
  companyId,
  canDelete,
}: {
  asset: CompanyAsset
  companyId: string
  canDelete: boolean
}) {
  const colors = Object.entries((asset.value ?? {}) as Record<string, string>)
  const name = asset.originalFilename?.replace(/\.json$/, '') || 'Colour scheme'
  return (
    <li className="overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-xs">
      <div className="flex h-24" aria-hidden>
        {colors.map(([label, hex]) => (
          <div key={label} className="flex-1" style={{ background: hex }} />
        ))}
      </div>
      <div className="flex items-start justify-between gap-2 px-4 py-3">
        <ul aria-label={`${name} colours`} className="flex flex-wrap gap-x-4 gap-y-1">
          {colors.map(([label, hex]) => (
            <li key={label} className="flex items-center gap-2 text-sm">
              <span
                aria-hidden
                className="size-3 rounded-full ring-1 ring-black/10"
                style={{ background: hex }}
              />
              <span className="text-slate-700">{label}</span>
              <span className="font-mono text-xs text-slate-500 uppercase">{hex}</span>
            </li>
          ))}
        </ul>
        {canDelete && <DeleteAssetButton companyId={companyId} assetId={asset.id} name={name} />}
      </div>
    </li>
  )
}
