import { UserPlus } from 'lucide-react'

import { DeleteButton } from '../../../ui/DeleteButton'
import { TextField } from '../../../ui/fields'
import { FormDialog } from '../../../ui/FormDialog'
import { Card, PageHeader } from '../../../ui/PageHeader'
import { localApi, requireAdmin } from '../_lib/session'
import { InviteRoleField } from './_components/InviteRoleField'
import { RoleSelect } from './_components/RoleSelect'

export const metadata = { title: 'Team' }
export const dynamic = 'force-dynamic'

/** ADMIN only: the company's members and invitations; invite, change roles, remove. */
export default async function TeamPage() {
  const { user, company } = await requireAdmin()
  const payload = await localApi()
  const { docs: members } = await payload.find({
    collection: 'users',
    where: { company: { equals: company!.id } },
    sort: 'name',
    limit: 500,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return (
    <>
      <PageHeader
        title="Team"
        description={`Everyone at ${company!.name}. ADMINs manage the brand, the car catalogue, the team and every project; MEMBERs create and edit their own projects.`}
        actions={
          <FormDialog
            trigger="Invite member"
            triggerIcon={<UserPlus size={16} aria-hidden />}
            title="Invite a team member"
            description="They receive an email with a link to choose their password."
            submit="Send invitation"
            endpoint={`/api/companies/${company!.id}/users`}
          >
            <TextField label="Email" name="email" type="email" isRequired autoFocus />
            <TextField label="Name" name="name" isRequired maxLength={120} />
            <InviteRoleField />
          </FormDialog>
        }
      />
      <Card>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Team members</caption>
          <thead className="border-b border-slate-200 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-6 py-3">
                Member
              </th>
              <th scope="col" className="px-6 py-3">
                Status
              </th>
              <th scope="col" className="w-56 px-6 py-3">
                Role
              </th>
              <th scope="col" className="w-20 px-6 py-3">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {members.map((member) => {
              const self = member.id === user.id
              return (
                <tr key={member.id}>
                  <td className="px-6 py-4">
                    <p className="font-medium text-slate-900">
                      {member.name}
                      {self && (
                        <span className="ml-2 text-xs font-normal text-slate-500">(you)</span>
                      )}
                    </p>
                    <p className="text-slate-600">{member.email}</p>
                  </td>
                  <td className="px-6 py-4">
                    {member.inviteStatus === 'INVITED' ? (
                      <span className="rounded-full bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-600/20 ring-inset">
                        Invited
                      </span>
                    ) : (
                      <span className="rounded-full bg-emerald-50 px-2.5 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-600/20 ring-inset">
                        Active
                      </span>
                    )}
                  </td>
                  <td className="px-6 py-4">
                    {self ? (
                      <span className="font-medium text-slate-800">{member.role}</span>
                    ) : (
                      <RoleSelect userId={member.id} name={member.name} role={member.role} />
                    )}
                  </td>
                  <td className="px-6 py-4 text-right">
                    {!self && (
                      <DeleteButton
                        endpoint={`/api/companies/${company!.id}/users/${member.id}`}
                        label={`Remove ${member.name}`}
                      />
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </Card>
    </>
  )
}
