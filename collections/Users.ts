import type { CollectionConfig } from 'payload'

import { choices, quickFilters } from '../fields/admin'
import { companyField } from '../fields/company'
import {
  companyAdmins,
  companyAdminsCanCreate,
  companyAdminsExceptSelf,
  fieldAccess,
  selfOrCompanyAdmins,
  selfOrCompanyMembers,
} from '../src/lib/access'
import { refuseUnacceptedInvitations } from '../hooks/refuseUnacceptedInvitations'
import { keepOneAdminOnDelete, keepOneAdminOnDemotion } from '../hooks/keepOneAdmin'
import { operatorCreatesInvitations } from '../hooks/operatorInvites'
import { settings } from '../src/lib/settings'

export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'inviteStatus'],
    listSearchableFields: ['name', 'email'],
    group: 'Team',
    components: {
      beforeListTable: [
        quickFilters([{ field: 'role', label: 'Role', options: choices(['ADMIN', 'MEMBER']) }]),
      ],
    },
  },
  auth: {
    // The session carries the tenant and role; access rules read them without a query.
    depth: 0,
    tokenExpiration: 60 * 60 * 8,
    cookies: { sameSite: 'Lax', secure: settings().NODE_ENV === 'production' },
  },
  access: {
    read: selfOrCompanyMembers,
    create: companyAdminsCanCreate,
    update: selfOrCompanyAdmins,
    delete: companyAdminsExceptSelf,
    // Payload's default lets any signed-in user unlock any account locked by failed logins:
    // their company's ADMINs may.
    unlock: companyAdmins,
    // The admin panel is for signed-in company users and the platform operator.
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: {
    beforeLogin: [refuseUnacceptedInvitations],
    beforeChange: [keepOneAdminOnDemotion],
    afterChange: [operatorCreatesInvitations],
    beforeDelete: [keepOneAdminOnDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'MEMBER',
      options: ['ADMIN', 'MEMBER'],
      saveToJWT: true,
      access: { create: fieldAccess.companyAdmins, update: fieldAccess.companyAdmins },
      admin: { position: 'sidebar' },
    },
    companyField({ saveToJWT: true, operatorChooses: true }),
    {
      name: 'isPlatformOperator',
      label: 'Platform operator',
      type: 'checkbox',
      defaultValue: false,
      saveToJWT: true,
      access: {
        read: fieldAccess.selfOrPlatformOperator,
        create: fieldAccess.platformOperators,
        update: fieldAccess.platformOperators,
      },
      admin: {
        position: 'sidebar',
        description: 'May create companies. Never grants access to their data.',
      },
    },
    {
      name: 'inviteStatus',
      type: 'select',
      options: ['ACTIVE', 'INVITED'],
      defaultValue: 'ACTIVE',
      access: { create: fieldAccess.nobody, update: fieldAccess.nobody },
      admin: { position: 'sidebar', readOnly: true },
    },
    // Only the SHA-256 of an invitation token is stored; the token itself travels by email.
    { name: 'invitationTokenHash', type: 'text', index: true, hidden: true },
    { name: 'invitationExpiresAt', type: 'date', hidden: true },
  ],
  timestamps: true,
}
