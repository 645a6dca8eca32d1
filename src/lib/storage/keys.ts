/**
 * The one place that knows the object-key layout of the first seed document. Payload's
 * cloud-storage plugin stores a document's file at `{prefix}/{filename}`, so each builder
 * returns those two parts; `key()` joins them.
 */
export type StorageLocation = { prefix: string; filename: string }

export const key = ({ prefix, filename }: StorageLocation): string => `${prefix}/${filename}`

const companyRoot = (companyId: string) => `companies/${companyId}`

export const companyAssetFolders = {
  LOGO: 'logos',
  BADGE: 'badges',
  COLOR_SCHEME: 'color-schemes',
  FONT: 'fonts',
} as const

export type CompanyAssetType = keyof typeof companyAssetFolders

export const companyAssetLocation = (args: {
  companyId: string
  assetId: string
  type: CompanyAssetType
  ext: string
}): StorageLocation => ({
  prefix: `${companyRoot(args.companyId)}/assets/${companyAssetFolders[args.type]}`,
  filename: `${args.assetId}.${args.type === 'COLOR_SCHEME' ? 'json' : args.ext}`,
})

export const carMediaFolders = {
  EXTERIOR: 'exterior',
  INTERIOR: 'interior',
  SOUND: 'sounds',
  '3D_MODEL': '3d-models',
} as const

export type CarMediaType = keyof typeof carMediaFolders

export const carMediaLocation = (args: {
  companyId: string
  modelId: string
  variantId: string
  mediaId: string
  type: CarMediaType
  ext: string
}): StorageLocation => ({
  prefix: `${companyRoot(args.companyId)}/cars/${args.modelId}/${args.variantId}/${carMediaFolders[args.type]}`,
  filename: `${args.mediaId}.${args.ext}`,
})

export const equipmentFileFolders = {
  manual: 'manuals',
  image: 'images',
  '3d_model': '3d-models',
} as const

export type EquipmentFileType = keyof typeof equipmentFileFolders

export const equipmentFileLocation = (args: {
  companyId: string
  equipmentId: string
  fileId: string
  type: EquipmentFileType
  ext: string
}): StorageLocation => ({
  prefix: `${companyRoot(args.companyId)}/equipment/${args.equipmentId}/${equipmentFileFolders[args.type]}`,
  filename: `${args.fileId}.${args.ext}`,
})

const projectRoot = (projectId: string) => `projects/${projectId}`

export const projectUploadLocation = (args: {
  projectId: string
  imageId: string
  ext: string
}): StorageLocation => ({
  prefix: `${projectRoot(args.projectId)}/uploads`,
  filename: `${args.imageId}.${args.ext}`,
})

export const sceneMediaFolders = {
  image: 'images',
  video: 'videos',
  seedFrame: 'seed-frames',
} as const

export const sceneMediaLocation = (args: {
  projectId: string
  sceneId: string
  kind: keyof typeof sceneMediaFolders
  mediaId: string
  ext: string
}): StorageLocation => ({
  prefix: `${projectRoot(args.projectId)}/scenes/${args.sceneId}/${sceneMediaFolders[args.kind]}`,
  filename: `${args.mediaId}.${args.ext}`,
})

export const finalVideoLocation = (projectId: string): StorageLocation => ({
  prefix: `${projectRoot(projectId)}/final`,
  filename: 'video.mp4',
})
