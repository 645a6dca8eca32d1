/** Text for sharp-rendered SVG cards. */
export const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)

/** Wraps text to lines of about `width` characters; the last kept line ends in "…" when cut. */
export const wrapText = (text: string, width: number, maxLines: number) => {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width) {
      lines.push(line.trim())
      line = word
    } else line += ` ${word}`
  }
  if (line.trim()) lines.push(line.trim())
  if (lines.length > maxLines) return [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]}…`]
  return lines
}
