import type { Access } from 'payload'

import { isPlatformOperator } from './user'

export const platformOperators: Access = ({ req }) => isPlatformOperator(req.user)
