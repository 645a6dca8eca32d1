/** A finished training film with its WebVTT narration as subtitles (shown by default). */
export function FilmPlayer({
  src,
  subtitles,
  label,
  autoPlay,
}: {
  src: string
  subtitles: string | null
  label: string
  autoPlay?: boolean
}) {
  return (
    <video
      key={src}
      src={src}
      controls
      autoPlay={autoPlay}
      preload="metadata"
      playsInline
      aria-label={label}
      className="aspect-video w-full rounded-xl bg-black"
    >
      {subtitles && <track kind="subtitles" srcLang="en" label="English" src={subtitles} default />}
    </video>
  )
}
