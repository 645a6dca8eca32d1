import type { ReactNode } from 'react'

import './styles.css'

export const metadata = {
  title: 'Reelsmith',
  description: 'Open-source AI video studio: brand films and maintenance training videos.',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
      </body>
    </html>
  )
}
