import type { ReactNode } from 'react'

import { QueryProvider } from '../../ui/QueryProvider'
import { AppShell } from './_components/AppShell'
import { getSession } from './_lib/session'
import './styles.css'

// Every product page depends on who is signed in: none is prerendered at build time (a build
// has no database to read the session from).
export const dynamic = 'force-dynamic'

export const metadata = {
  title: { default: 'Reelsmith', template: '%s · Reelsmith' },
  description: 'AI video studio: brand films and maintenance training videos.',
}

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  // A database that cannot answer leaves the frame signed out rather than failing every page:
  // the Studio's demo runs without a backend, and pages that need one still fail on their own reads.
  const session = await getSession().catch(() => null)
  return (
    <html lang="en">
      <body>
        <QueryProvider>
          {session ? (
            <AppShell
              user={{ name: session.user.name, email: session.user.email, role: session.user.role }}
              company={{
                name: session.company?.name ?? 'No company',
                offersTraining: Boolean(session.company?.offersTraining),
              }}
              isAdmin={session.isAdmin}
            >
              {children}
            </AppShell>
          ) : (
            children
          )}
        </QueryProvider>
      </body>
    </html>
  )
}
