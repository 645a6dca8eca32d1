'use client'

import { X } from 'lucide-react'
import type { ReactNode } from 'react'
import {
  Button as AriaButton,
  Dialog as AriaDialog,
  Heading,
  Modal,
  ModalOverlay,
} from 'react-aria-components'

/**
 * A modal dialog (focus trapped, Escape closes, focus returns to the opener). Put it inside a
 * react-aria `DialogTrigger` next to the button that opens it.
 */
export function Dialog({
  title,
  description,
  children,
  wide,
}: {
  title: string
  description?: string
  children: (close: () => void) => ReactNode
  wide?: boolean
}) {
  return (
    <ModalOverlay
      isDismissable
      className="fixed inset-0 z-50 grid place-items-center overflow-y-auto bg-slate-950/50 p-4 backdrop-blur-sm"
    >
      <Modal
        className={`w-full ${wide ? 'max-w-2xl' : 'max-w-lg'} rounded-2xl bg-white shadow-2xl outline-none`}
      >
        <AriaDialog className="relative p-6 outline-none">
          {({ close }) => (
            <>
              <Heading slot="title" className="pr-8 text-lg font-semibold text-slate-900">
                {title}
              </Heading>
              {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
              <AriaButton
                onPress={close}
                aria-label="Close"
                className="absolute top-5 right-5 rounded-md p-1 text-slate-500 outline-none hover:bg-slate-100 data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-600"
              >
                <X size={18} aria-hidden />
              </AriaButton>
              <div className="mt-6">{children(close)}</div>
            </>
          )}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  )
}
