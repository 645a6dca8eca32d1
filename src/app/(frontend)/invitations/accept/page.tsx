import Link from 'next/link'

import { AuthFrame } from '../../_components/AuthFrame'
import { AcceptInvitationForm } from './_components/AcceptInvitationForm'

export const metadata = { title: 'Accept your invitation' }

/** The page an invitation email links to: the invitee chooses a name and password and is signed in. */
export default async function AcceptInvitationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const token = (await searchParams).token
  return (
    <AuthFrame
      title="Join your team on Reelsmith"
      subtitle="Your company invited you. Choose your name and a password to finish."
      footer={
        <>
          Already accepted?{' '}
          <Link
            href="/login"
            className="font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            Sign in
          </Link>
        </>
      }
    >
      {typeof token === 'string' && token ? (
        <AcceptInvitationForm token={token} />
      ) : (
        <p
          role="alert"
          className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          This link has no invitation token. Open the link from your invitation email again.
        </p>
      )}
    </AuthFrame>
  )
}
