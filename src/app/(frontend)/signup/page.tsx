import Link from 'next/link'
import { redirect } from 'next/navigation'

import { AuthFrame } from '../_components/AuthFrame'
import { getSession } from '../_lib/session'
import { SignupForm } from './_components/SignupForm'

export const metadata = { title: 'Create your company' }

export default async function SignupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  // Invitation links of earlier emails pointed here.
  const invitation = (await searchParams).invitation
  if (typeof invitation === 'string')
    redirect(`/invitations/accept?token=${encodeURIComponent(invitation)}`)
  if (await getSession()) redirect('/projects')
  return (
    <AuthFrame
      title="Create your company account"
      subtitle="You become its first ADMIN and can invite your team afterwards."
      footer={
        <>
          Already have an account?{' '}
          <Link
            href="/login"
            className="font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            Sign in
          </Link>
        </>
      }
    >
      <SignupForm />
    </AuthFrame>
  )
}
