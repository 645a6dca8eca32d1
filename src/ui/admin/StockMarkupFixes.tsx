'use client'

import { type ReactNode, useEffect } from 'react'

import { fixStockMarkup } from './stockMarkup'

/**
 * An admin provider (`admin.components.providers`): applies the accessibility fixes of
 * `stockMarkup.ts` to Payload's own markup on load and after every change to the page.
 */
export function StockMarkupFixes({ children }: { children?: ReactNode }) {
  useEffect(() => {
    let frame = 0
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(fixStockMarkup)
    })
    fixStockMarkup()
    observer.observe(document.body, { childList: true, subtree: true })
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [])
  return <>{children}</>
}
