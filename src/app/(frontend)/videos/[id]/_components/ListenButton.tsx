'use client'

import { Square, Volume2 } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { ToggleButton } from 'react-aria-components'

import { buttonClass } from '../../../../../ui/Button'

/**
 * "Listen": plays the scene's narration from its rendered clip (the sound of the clip is the
 * narration). Pressed while playing; pressing again stops. Until the video is generated there is
 * nothing to hear, and the button says so.
 */
export function ListenButton({ url, sceneNumber }: { url: string | null; sceneNumber: number }) {
  const audio = useRef<HTMLAudioElement | null>(null)
  const [playing, setPlaying] = useState(false)
  useEffect(() => {
    const stopOthers = (event: Event) => {
      if ((event as CustomEvent<number>).detail === sceneNumber) return
      audio.current?.pause()
      setPlaying(false)
    }
    document.addEventListener('reelsmith:listen', stopOthers)
    return () => {
      document.removeEventListener('reelsmith:listen', stopOthers)
      audio.current?.pause()
    }
  }, [sceneNumber])
  useEffect(() => {
    audio.current?.pause()
    audio.current = null
    setPlaying(false)
  }, [url])
  return (
    <>
      <ToggleButton
        isDisabled={!url}
        isSelected={playing}
        aria-describedby={url ? undefined : `listen-hint-${sceneNumber}`}
        onChange={(play) => {
          if (!url) return
          if (!play) {
            audio.current?.pause()
            setPlaying(false)
            return
          }
          // One narration at a time across the page.
          document.dispatchEvent(new CustomEvent('reelsmith:listen', { detail: sceneNumber }))
          audio.current ??= new Audio(url)
          audio.current.currentTime = 0
          audio.current.onended = () => setPlaying(false)
          void audio.current.play().then(
            () => setPlaying(true),
            () => setPlaying(false),
          )
        }}
        className={buttonClass(
          'secondary',
          'sm',
          'data-[selected]:bg-brand-50 data-[selected]:text-brand-800 data-[selected]:ring-brand-300',
        )}
      >
        {playing ? <Square size={14} aria-hidden /> : <Volume2 size={14} aria-hidden />}
        Listen
      </ToggleButton>
      {!url && (
        <span id={`listen-hint-${sceneNumber}`} className="sr-only">
          Available once the video is generated.
        </span>
      )}
    </>
  )
}
