import type { RelationshipField } from 'payload'

import { idOf } from '../src/lib/db/ids'
import { companyIdOf, fieldAccess, isPlatformOperator } from '../src/lib/access'

/**
 * The tenant of a document. Set on the server from the signed-in user (or, for documents
 * nested under another, from their parent by the collection's own hook), never from the
 * request body, and never changed afterwards. Only where `operatorChooses` (users: onboarding a
 * company's people) does the platform operator name the company; content is always their own.
 */
export const companyField = ({
  operatorChooses = false,
  ...overrides
}: { saveToJWT?: boolean; operatorChooses?: boolean } = {}): RelationshipField => ({
  name: 'company',
  type: 'relationship',
  relationTo: 'companies',
  required: true,
  index: true,
  access: {
    // Restoring a version rewrites every field: the company may be "written" when it stays the
    // document's own (Payload drops a field the restorer may not update, then finds it missing).
    update: (args) =>
      fieldAccess.platformOperators(args) ||
      Boolean(
        args.req.context?.isRestoringVersion &&
        idOf(args.siblingData?.company) &&
        idOf(args.siblingData?.company) === idOf(args.doc?.company),
      ),
  },
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    beforeValidate: [
      ({ operation, originalDoc, req, value }) => {
        if (operation === 'update') return idOf(originalDoc?.company) ?? value
        // System work (jobs, seeding) runs without a user and names the company itself.
        if (!req.user) return value
        if (operatorChooses && isPlatformOperator(req.user) && value) return value
        return companyIdOf(req.user) ?? undefined
      },
    ],
  },
  ...overrides,
})
