import type { Metadata } from 'next'

import { StudioPlayer } from './_components/StudioPlayer'

export const metadata: Metadata = { title: 'Studio' }

/** `/studio`: the 4D demo player. Its data ships with it: no request is made to render or play it. */
export default function StudioPage() {
  return <StudioPlayer />
}
