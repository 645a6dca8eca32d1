import type { FieldAccess } from 'payload'

import { idOf } from '../../db/ids'
import { isPlatformOperator } from '../user'

/** A user document's field: its own user and the platform operator. */
export const selfOrPlatformOperator: FieldAccess = ({ req, doc }) =>
  isPlatformOperator(req.user) || (Boolean(req.user) && idOf(doc) === req.user?.id)
