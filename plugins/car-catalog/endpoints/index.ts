import type { Endpoint } from 'payload'

import type { CarCatalogOptions } from '../options'
import { completeCarMediaUpload, requestCarMediaUpload } from './directUpload'
import { deleteCarMedia, listCarMedia, uploadCarMedia } from './media'
import { createCarModel, deleteCarModel, getCarModel, listCarModels, updateCarModel } from './models'
import { createCarVariant, deleteCarVariant, updateCarVariant } from './variants'

/** Served by the `companies` collection (its path prefix). */
export const companyCarEndpoints: Endpoint[] = [createCarModel, listCarModels]

/** Root endpoints under `/api/cars`; the longer `/cars/variants/…` and `/cars/media/…` paths never match `/cars/:modelId`. */
export const carEndpoints = (options: CarCatalogOptions): Endpoint[] => [
  updateCarVariant,
  deleteCarVariant,
  uploadCarMedia(options),
  requestCarMediaUpload(options),
  completeCarMediaUpload,
  listCarMedia,
  deleteCarMedia,
  createCarVariant,
  getCarModel,
  updateCarModel,
  deleteCarModel,
]
