import fs from 'node:fs'
import { extractText, getDocumentProxy } from 'unpdf'

/** A PDF we cannot read: password-protected, or not a PDF inside. The message is for users. */
export class UnreadablePdfError extends Error {
  constructor(readonly reason: 'encrypted' | 'corrupt' | 'too-long') {
    super(
      reason === 'encrypted'
        ? 'The PDF is password-protected; upload a copy without a password.'
        : reason === 'too-long'
          ? `The PDF claims more than ${MAX_MANUAL_PAGES} pages; upload the manual in parts.`
          : 'The file is not a readable PDF (it may be damaged).',
    )
    this.name = 'UnreadablePdfError'
  }
}

/**
 * pdf.js refuses to run when `Array.prototype` has enumerable extras, and drizzle-kit (loaded by
 * Payload's development schema push) adds `Array.prototype.random`. Hide such extras from
 * `for…in` — they stay callable.
 */
function hideArrayPrototypeExtras() {
  for (const key in Array.prototype) {
    Object.defineProperty(Array.prototype, key, { enumerable: false })
  }
}

async function open(bytes: Uint8Array) {
  hideArrayPrototypeExtras()
  try {
    // verbosity 0: pdf.js would print repair warnings for every damaged file.
    return await getDocumentProxy(bytes, { verbosity: 0 })
  } catch (error) {
    throw new UnreadablePdfError(
      (error as Error)?.name === 'PasswordException' ? 'encrypted' : 'corrupt',
    )
  }
}

export const readPdfFile = async (file: { data?: Buffer; tempFilePath?: string }) =>
  new Uint8Array(
    file.tempFilePath
      ? await fs.promises.readFile(file.tempFilePath)
      : (file.data ?? Buffer.alloc(0)),
  )

/** More pages than any manual: a page-tree bomb would keep the extraction job busy for hours. */
export const MAX_MANUAL_PAGES = 2000

/** Opens a PDF to prove it is readable (cheap: pages are not parsed); returns its page count. */
export async function checkPdf(bytes: Uint8Array): Promise<number> {
  const pdf = await open(bytes)
  const pages = pdf.numPages
  await pdf.destroy()
  if (pages > MAX_MANUAL_PAGES) throw new UnreadablePdfError('too-long')
  return pages
}

const pageNumberLine = /^(page\s*)?\d+(\s*(of|\/)\s*\d+)?$/i

/**
 * Page text without its furniture: page-number lines, and short lines repeated on at least half
 * of the pages (running headers and footers), which would otherwise be read out in every step.
 */
export function withoutPageFurniture(pages: string[]): string[] {
  const lines = pages.map((page) =>
    page
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  )
  const seenOn = new Map<string, number>()
  for (const page of lines)
    for (const line of new Set(page)) seenOn.set(line, (seenOn.get(line) ?? 0) + 1)
  const repeated = (line: string) =>
    pages.length >= 2 &&
    line.length <= 120 &&
    (seenOn.get(line) ?? 0) >= Math.max(2, pages.length / 2)
  return lines.map((page) =>
    page.filter((line) => !pageNumberLine.test(line) && !repeated(line)).join(' '),
  )
}

/** The text of each page, in order (index 0 is page 1), furniture removed, whitespace collapsed. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await open(bytes)
  try {
    const { text } = await extractText(pdf, { mergePages: false })
    return withoutPageFurniture(text)
  } catch {
    throw new UnreadablePdfError('corrupt')
  } finally {
    await pdf.destroy()
  }
}
