import type { Routes } from '../../../src/lib/http/routes'
import type { CarCatalogOptions } from '../options'
import { completeCarMediaUpload, requestCarMediaUpload } from './directUpload'
import { deleteCarMedia, listCarMedia, uploadCarMedia } from './media'
import {
  createCarModel,
  deleteCarModel,
  getCarModel,
  listCarModels,
  updateCarModel,
} from './models'
import { createCarVariant, deleteCarVariant, updateCarVariant } from './variants'

/**
 * The seed's car routes: a company's models under `/api/companies/:id/cars`, the rest under
 * `/api/cars` (the longer `/cars/variants/…` and `/cars/media/…` paths never match `/cars/:modelId`).
 */
export const carRoutes = (options: CarCatalogOptions): Routes => ({
  companies: [createCarModel, listCarModels],
  root: [
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
  ],
})
