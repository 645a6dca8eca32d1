import type { CarMediaType } from '../../src/lib/storage/keys'

// One definition: the storage layout names the media types (src/lib/storage/keys.ts).
export type { CarMediaType }

export type CarCatalogOptions = {
  /** Largest accepted upload per media type, in bytes. */
  maxBytes: Record<CarMediaType, number>
}

const MB = 1024 * 1024

export const defaultCarCatalogOptions: CarCatalogOptions = {
  maxBytes: { EXTERIOR: 25 * MB, INTERIOR: 25 * MB, SOUND: 500 * MB, '3D_MODEL': 2048 * MB },
}
