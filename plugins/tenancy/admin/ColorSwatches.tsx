import '../../../src/ui/admin/admin.css'

/** A colour scheme's named colours as swatches, each named for assistive technology. */
export function ColorSwatches({
  colors,
  small,
}: {
  colors: Record<string, string>
  small?: boolean
}) {
  const entries = Object.entries(colors).filter(([, hex]) => typeof hex === 'string')
  if (entries.length === 0) return <span className="reel-muted">No colours</span>
  return (
    <ul
      className={`reel-swatches${small ? ' reel-swatches--small' : ''}`}
      aria-label="Colour scheme"
    >
      {entries.map(([name, hex]) => (
        <li key={name} className="reel-swatch">
          <span className="reel-swatch__chip" style={{ background: hex }} aria-hidden />
          <span>
            {name} <code>{hex}</code>
          </span>
        </li>
      ))}
    </ul>
  )
}
