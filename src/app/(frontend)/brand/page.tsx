import { Palette } from 'lucide-react'

import type { CompanyAsset } from '../../../../payload-types'
import { EmptyState, PageHeader } from '../../../ui/PageHeader'
import { localApi, requireSession } from '../_lib/session'
import { AssetCard } from './_components/AssetCard'
import { AssetSection } from './_components/AssetSection'
import { ColorSchemeCard } from './_components/ColorSchemeCard'
import { UploadAssetDialog } from './_components/UploadAssetDialog'

export const metadata = { title: 'Brand' }
export const dynamic = 'force-dynamic'

const groups: Array<{ type: CompanyAsset['type']; title: string; text: string }> = [
  { type: 'LOGO', title: 'Logos', text: 'Placed in generated images and films.' },
  { type: 'BADGE', title: 'Badges', text: 'Model badges and emblems.' },
  { type: 'FONT', title: 'Fonts', text: 'Typefaces for titles.' },
]

/** The company's brand assets (the seed's "company asset browser"); ADMINs upload and delete. */
export default async function BrandPage() {
  const { user, company, isAdmin } = await requireSession()
  const payload = await localApi()
  const { docs } = await payload.find({
    collection: 'company-assets',
    sort: '-createdAt',
    limit: 200,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const schemes = docs.filter((a) => a.type === 'COLOR_SCHEME')
  return (
    <>
      <PageHeader
        title="Brand"
        description="Your logos, badges and colour schemes. Every generated image and film uses them."
        actions={isAdmin && company ? <UploadAssetDialog companyId={company.id} /> : undefined}
      />
      {docs.length === 0 ? (
        <EmptyState icon={<Palette aria-hidden />} title="No brand assets yet">
          {isAdmin
            ? 'Upload your logo and add a colour scheme so generated scenes look like your brand.'
            : 'An ADMIN of your company can add logos and colour schemes.'}
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-10">
          <AssetSection
            id="colours"
            title="Colour schemes"
            text="Named colours used for backgrounds, accents and text."
            count={schemes.length}
            gridClassName="grid grid-cols-[repeat(auto-fill,minmax(320px,1fr))] gap-4"
          >
            {schemes.map((asset) => (
              <ColorSchemeCard
                key={asset.id}
                asset={asset}
                companyId={company?.id ?? ''}
                canDelete={isAdmin}
              />
            ))}
          </AssetSection>
          {groups.map((group) => {
            const assets = docs.filter((a) => a.type === group.type)
            return (
              <AssetSection
                key={group.type}
                id={group.type}
                title={group.title}
                text={group.text}
                count={assets.length}
                gridClassName="grid grid-cols-[repeat(auto-fill,minmax(220px,1fr))] gap-4"
              >
                {assets.map((asset) => (
                  <AssetCard
                    key={asset.id}
                    asset={asset}
                    companyId={company?.id ?? ''}
                    canDelete={isAdmin}
                  />
                ))}
              </AssetSection>
            )
          })}
        </div>
      )}
    </>
  )
}
