import { PDFDocument, StandardFonts } from 'pdf-lib'

import { wrapText } from '../../../src/lib/media/svgText'

/** A simple text PDF, one string per page: the demo's equipment manual (and test fixtures). */
export async function renderManualPdf(title: string, pages: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create()
  doc.setTitle(title)
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  for (const [index, text] of pages.entries()) {
    const page = doc.addPage([595, 842]) // A4 in points
    page.drawText(title, { x: 56, y: 780, size: 14, font: bold })
    wrapText(text, 90, 60).forEach((line, i) =>
      page.drawText(line, { x: 56, y: 740 - i * 16, size: 11, font }),
    )
    page.drawText(`Page ${index + 1}`, { x: 56, y: 40, size: 9, font })
  }
  return Buffer.from(await doc.save())
}
