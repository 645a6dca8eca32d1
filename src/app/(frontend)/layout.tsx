import type { ReactNode } from 'react'

import { QueryProvider } from '../../ui/QueryProvider'
import { AppShell } from './_components/AppShell'
import { getSession } from './_lib/session'
import './styles.css'

export const metadata = {
  title: { default: 'Reelsmith', template: '%s · Reelsmith' },
  description: 'AI video studio: brand films and maintenance training videos.',
}

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const session = await getSession()
  return (
    <html lang="en">
      <body>
        <QueryProvider>
          {session ? (
            <AppShell
              user={{ name: session.user.name, email: session.user.email, role: session.user.role }}
              company={{ name: session.company?.name ?? 'No company', offersTraining: Boolean(session.company?.offersTraining) }}
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
