const MIN_WORD = 3

const wordsOf = (text: string) =>
  new Set(
    (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
      (word) => word.length >= MIN_WORD || /\d/.test(word),
    ),
  )

const sentencesOf = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean)

/**
 * The passage of a cited manual page that a scene's narration draws on: the sentence sharing the
 * most words with the narration (numbers count, so "12 Nm" finds its sentence), with the next one
 * while it fits, cut at a word to `maxChars`. Without any overlap, the page's opening.
 */
export function citedSnippet(pageText: string, narration: string, maxChars = 240): string {
  const sentences = sentencesOf(pageText)
  if (sentences.length === 0) return ''
  const spoken = wordsOf(narration)
  let best = 0
  let bestScore = 0
  sentences.forEach((sentence, index) => {
    let score = 0
    for (const word of wordsOf(sentence)) if (spoken.has(word)) score += 1
    if (score > bestScore) {
      best = index
      bestScore = score
    }
  })
  let snippet = sentences[best]!
  for (const next of sentences.slice(best + 1)) {
    if (snippet.length + 1 + next.length > maxChars) break
    snippet = `${snippet} ${next}`
  }
  if (snippet.length <= maxChars) return snippet
  const cut = snippet.slice(0, maxChars - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxChars / 2))}…`
}
