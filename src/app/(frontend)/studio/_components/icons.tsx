/** The player's few glyphs, drawn inline (decorative: every button carries its own name). */
const glyph = (path: string) =>
  function Glyph({ size = 18 }: { size?: number }) {
    return (
      <svg
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="currentColor"
        aria-hidden="true"
        focusable="false"
      >
        <path d={path} />
      </svg>
    )
  }

export const PlayIcon = glyph(
  'M8 5.14v13.72a1 1 0 0 0 1.5.86l11-6.86a1 1 0 0 0 0-1.72l-11-6.86A1 1 0 0 0 8 5.14Z',
)
export const PauseIcon = glyph('M7 5h3.5v14H7zM13.5 5H17v14h-3.5z')
export const PreviousIcon = glyph('M6 6h2v12H6zm3.5 6 8.5 6V6z')
export const NextIcon = glyph('M16 6h2v12h-2zM6 18l8.5-6L6 6z')
export const FolderIcon = glyph(
  'M3 6.5A1.5 1.5 0 0 1 4.5 5h4.4l2 2h8.6A1.5 1.5 0 0 1 21 8.5v9a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5z',
)
