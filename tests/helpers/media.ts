import sharp from 'sharp'

/** A small real PNG (sharp-rendered), for upload tests. */
export const pngBytes = (color = '#0a84ff', size = 64) =>
  sharp({ create: { width: size, height: size, channels: 3, background: color } })
    .png()
    .toBuffer()

export const jpegBytes = (color = '#ff9f0a', size = 64) =>
  sharp({ create: { width: size, height: size, channels: 3, background: color } })
    .jpeg()
    .toBuffer()

/** A multipart body with text fields and one `file` part. */
export function formWith(
  fields: Record<string, string>,
  file?: { bytes: Buffer | Uint8Array; name: string; type?: string },
) {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  if (file)
    form.append(
      'file',
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    )
  return form
}

/** The smallest valid binary glTF header (magic `glTF`, version 2, total length). */
export const glbBytes = () => {
  const header = Buffer.alloc(12)
  header.write('glTF', 0, 'ascii')
  header.writeUInt32LE(2, 4)
  header.writeUInt32LE(12, 8)
  return header
}

/** An ELF executable header: what a disguised binary looks like. */
export const elfBytes = () =>
  Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(248)])

/**
 * A PDF that asks for a password: pdf-lib cannot encrypt, so the trailer gets a standard
 * security handler whose user-password hash matches no password (what pdf.js checks first).
 */
export async function encryptedPdfBytes() {
  const { PDFDocument, PDFHexString } = await import('pdf-lib')
  const doc = await PDFDocument.create()
  doc.addPage([200, 200])
  const { context } = doc
  context.trailerInfo.Encrypt = context.register(
    context.obj({
      Filter: 'Standard',
      V: 1,
      R: 2,
      O: PDFHexString.of('00'.repeat(32)),
      U: PDFHexString.of('11'.repeat(32)),
      P: -4,
    }),
  )
  context.trailerInfo.ID = context.obj([
    PDFHexString.of('ab'.repeat(16)),
    PDFHexString.of('ab'.repeat(16)),
  ])
  return Buffer.from(await doc.save({ useObjectStreams: false }))
}

/** Starts like a PDF (passes sniffing), but is not one. */
export const corruptPdfBytes = () =>
  Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref\n%%EOF\n')

/** Channel statistics of one frame of a video at `seconds`; with `bottomShare`, of the bottom strip's middle 80% only. */
export async function frameStats(video: string, seconds: number, bottomShare?: number) {
  const { default: fs } = await import('node:fs')
  const { default: os } = await import('node:os')
  const { default: path } = await import('node:path')
  const { ffmpegCommand } = await import('../../src/lib/media/ffmpegBinary')
  const frame = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'frame-')), 'frame.png')
  await new Promise<void>((resolve, reject) =>
    ffmpegCommand(video)
      .inputOptions([`-ss ${seconds}`])
      .outputOptions(['-frames:v 1'])
      .on('end', () => resolve())
      .on('error', reject)
      .save(frame),
  )
  let image = sharp(frame)
  if (bottomShare) {
    const { width, height } = await image.metadata()
    const top = Math.round(height! * (1 - bottomShare))
    // stats() reads its input, not the pipeline's result: crop to a new image first.
    image = sharp(
      await sharp(frame)
        .extract({
          left: Math.round(width! * 0.1),
          top,
          width: Math.round(width! * 0.8),
          height: height! - top,
        })
        .png()
        .toBuffer(),
    )
  }
  const stats = await image.stats()
  fs.rmSync(path.dirname(frame), { recursive: true, force: true })
  return stats
}

let clipCache: Promise<Buffer> | undefined
/** A real 1 s H.264/AAC clip in the test render format (rendered once per test file). */
export function mp4Bytes(): Promise<Buffer> {
  clipCache ??= (async () => {
    const { default: fs } = await import('node:fs')
    const { default: os } = await import('node:os')
    const { default: path } = await import('node:path')
    const { imageToClip } = await import('../../src/lib/media/render')
    const { formatFor } = await import('../../src/lib/media/format')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clip-'))
    const image = path.join(dir, 'still.png')
    await sharp({ create: { width: 320, height: 180, channels: 3, background: '#334455' } })
      .png()
      .toFile(image)
    const output = path.join(dir, 'clip.mp4')
    await imageToClip({
      image,
      output,
      seconds: 1,
      format: formatFor('16:9', 180, 12),
      zoom: false,
    })
    const bytes = fs.readFileSync(output)
    fs.rmSync(dir, { recursive: true, force: true })
    return bytes
  })()
  return clipCache
}
