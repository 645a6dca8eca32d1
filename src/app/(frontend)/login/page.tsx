import Link from 'next/link'
import { redirect } from 'next/navigation'

import { AuthFrame } from '../_components/AuthFrame'
import { safeNext } from '../_lib/nextPath'
import { getSession } from '../_lib/session'
import { LoginForm } from './_components/LoginForm'

export const metadata = { title: 'Sign in' }

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  // Without a `next`, the home page sends each user to where their company starts.
  const next = safeNext((await searchParams).next, '/')
  if (await getSession()) redirect(next)
  return (
    <AuthFrame
      title="Sign in to Reelsmith"
      subtitle="Welcome back. Pick up your projects where your team left them."
      footer={
        <>
          New to Reelsmith?{' '}
          <Link
            href="/signup"
            className="font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            Create a company account
          </Link>
        </>
      }
    >
      <LoginForm next={next} />
    </AuthFrame>
  )
}
