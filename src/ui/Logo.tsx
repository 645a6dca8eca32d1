/** The Reelsmith mark: a film frame with a play notch. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
      <defs>
        <linearGradient id="reelsmith-logo" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#818cf8" />
          <stop offset="1" stopColor="#f472b6" />
        </linearGradient>
      </defs>
      <rect x="2" y="5" width="28" height="22" rx="6" fill="url(#reelsmith-logo)" />
      <path d="M13 11.5v9l8-4.5z" fill="#fff" />
    </svg>
  )
}
