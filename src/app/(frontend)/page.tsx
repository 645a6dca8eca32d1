import Link from 'next/link'

export default function HomePage() {
  return (
    <>
      <h1>Reelsmith</h1>
      <p>
        An AI video studio for two kinds of teams: brand studios turning a prompt into a storyboarded,
        generated and stitched car film, and maintenance teams turning their equipment manuals into
        narrated training videos.
      </p>
      <ul>
        <li>
          <Link href="/library">Library</Link> — your company&apos;s finished videos.
        </li>
        <li>
          <Link href="/admin">Admin panel</Link> — curate companies, users, brand assets and projects.
        </li>
        <li>
          REST API under <code>/api</code>, GraphQL at <code>/api/graphql</code>.
        </li>
      </ul>
    </>
  )
}
