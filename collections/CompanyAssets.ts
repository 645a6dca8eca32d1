import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { z } from 'zod'

import { choices, quickFilters } from '../fields/admin'
import { companyField } from '../fields/company'
import { acceptUpload } from '../hooks/acceptUpload'
import { pinStorageLocation } from '../hooks/pinStorageLocation'
import { idOf } from '../src/lib/db/ids'
import { companyCurated } from '../src/lib/access'
import { contentFamilies } from '../src/lib/files/sniff'
import { badRequest } from '../src/lib/http/errors'
import { companyAssetLocation, type CompanyAssetType } from '../src/lib/storage/keys'

export const companyAssetTypes = ['LOGO', 'COLOR_SCHEME', 'BADGE', 'FONT'] as const

/** A colour scheme is a set of named hex colours: `{ "primary": "#0A84FF" }`. */
export const colorSchemeValue = z
  .record(
    z.string().trim().min(1).max(40),
    z
      .string()
      .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a hex colour such as #0A84FF'),
  )
  .refine((colors) => Object.keys(colors).length >= 1 && Object.keys(colors).length <= 32, {
    message: 'must name between 1 and 32 colours',
  })

/** Settings of file assets (e.g. `{ "placement": "top-left" }`): any small JSON object. */
const fileAssetValue = z.record(z.string(), z.unknown()).nullish()

export const assetValueSchema = (type: CompanyAssetType) =>
  type === 'COLOR_SCHEME' ? colorSchemeValue : fileAssetValue

const allowedFiles: Record<CompanyAssetType, readonly string[]> = {
  LOGO: contentFamilies.image,
  BADGE: contentFamilies.image,
  FONT: contentFamilies.font,
  COLOR_SCHEME: contentFamilies.json,
}

/** A colour scheme is stored as its JSON file (`color-schemes/{assetId}.json`), like the seed's layout. */
const colorSchemeAsFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  // The storage plugin's own follow-up update (upload metadata) must not write a new file.
  if (req.context?.skipCloudStorage) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const existing =
    operation === 'update' && (args as { id?: string }).id
      ? await req.payload.findByID({
          collection: 'company-assets',
          id: String((args as { id?: string }).id),
          depth: 0,
          req,
          disableErrors: true,
        })
      : null
  const type = (data.type ?? existing?.type) as CompanyAssetType | undefined
  if (type !== 'COLOR_SCHEME' || (operation === 'update' && data.value === undefined)) return args
  const parsed = colorSchemeValue.safeParse(data.value)
  if (!parsed.success) throw badRequest(`value: ${parsed.error.issues[0]?.message}`, 'value')
  const json = Buffer.from(JSON.stringify(parsed.data, null, 2))
  req.file = {
    data: json,
    mimetype: 'application/json',
    name: 'color-scheme.json',
    size: json.length,
  }
  return args
}

export const CompanyAssets: CollectionConfig = {
  slug: 'company-assets',
  labels: { singular: 'Brand asset', plural: 'Brand assets' },
  admin: {
    useAsTitle: 'originalFilename',
    defaultColumns: ['preview', 'type', 'updatedAt'],
    group: 'Brand',
    components: {
      beforeListTable: [
        quickFilters([{ field: 'type', label: 'Type', options: choices(companyAssetTypes) }]),
      ],
    },
  },
  access: companyCurated,
  upload: {
    filesRequiredOnCreate: false,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, fit: 'inside', withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  hooks: {
    beforeOperation: [
      colorSchemeAsFile,
      acceptUpload({
        allowed: (data) => allowedFiles[data.type as CompanyAssetType] ?? null,
        maxBytes: () => 20 * 1024 * 1024,
      }),
    ],
    beforeChange: [
      ({ data, operation, originalDoc }) => {
        if (operation === 'update' && originalDoc) data.type = originalDoc.type
        if (operation === 'create' && data.type !== 'COLOR_SCHEME' && !data.filename) {
          throw badRequest(`A ${String(data.type)} asset needs a file.`, 'file')
        }
        return data
      },
      pinStorageLocation((doc) => {
        const { prefix } = companyAssetLocation({
          companyId: idOf(doc.company) ?? 'unknown',
          assetId: String(doc.id),
          type: doc.type as CompanyAssetType,
          ext: 'bin',
        })
        return prefix
      }),
    ],
  },
  fields: [
    companyField(),
    {
      name: 'preview',
      type: 'ui',
      admin: {
        components: {
          Field: '/plugins/tenancy/admin/CompanyAssetPreview#CompanyAssetPreview',
          Cell: '/plugins/tenancy/admin/CompanyAssetPreview#CompanyAssetCell',
        },
      },
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      options: [...companyAssetTypes],
      admin: { description: 'Type cannot change after creation.' },
    },
    {
      name: 'value',
      type: 'json',
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        const type = siblingData?.type as CompanyAssetType | undefined
        if (!type) return true
        const result = assetValueSchema(type).safeParse(
          value ?? (type === 'COLOR_SCHEME' ? undefined : null),
        )
        return result.success ? true : (result.error.issues[0]?.message ?? 'Invalid value')
      },
      admin: {
        description: 'COLOR_SCHEME: { "primary": "#0A84FF", … }. Other types: optional settings.',
      },
    },
    { name: 'originalFilename', type: 'text', admin: { readOnly: true } },
  ],
  timestamps: true,
}
