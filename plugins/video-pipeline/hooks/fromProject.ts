import { companyFromParent } from '../../../hooks/companyFromParent'

/**
 * A project's child (scene, timeline clip, uploaded image, final video) takes the project's
 * company and owner. `ownerOnly`: only the project's owner or a company ADMIN may add one.
 */
export const fromProject = ({ ownerOnly }: { ownerOnly: boolean }) =>
  companyFromParent({
    field: 'project',
    collection: 'projects',
    what: 'Project',
    copy: ['owner'],
    ownerOnly,
  })
