import type { FieldAccess } from 'payload'

import { isPlatformOperator } from '../user'

export const platformOperatorsOnly: FieldAccess = ({ req }) => isPlatformOperator(req.user)
