'use client'

import { type ReactNode, useState } from 'react'
import { DialogTrigger } from 'react-aria-components'

import { messageOf } from './api'
import { Button, type ButtonSize, type ButtonVariant } from './Button'
import { Dialog } from './Dialog'
import { FormError } from './fields'

/**
 * A button whose action needs a second look (deleting, mostly): it opens a dialog that says what
 * will happen, and only its confirm button acts. A failure stays in the dialog with the server's
 * message.
 */
export function ConfirmButton({
  children,
  triggerLabel,
  triggerVariant = 'danger',
  triggerSize = 'sm',
  icon,
  title,
  message,
  confirmLabel,
  onConfirm,
  isDisabled,
  pendingLabel = 'Deleting…',
}: {
  children?: ReactNode
  /** The trigger's accessible name when it shows only an icon. */
  triggerLabel?: string
  triggerVariant?: ButtonVariant
  triggerSize?: ButtonSize
  icon?: ReactNode
  title: string
  message: ReactNode
  confirmLabel: string
  /** Resolves when done; the dialog then closes. */
  onConfirm: () => Promise<unknown>
  isDisabled?: boolean
  pendingLabel?: string
}) {
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  return (
    <DialogTrigger onOpenChange={() => setError(null)}>
      <Button
        variant={triggerVariant}
        size={triggerSize}
        icon={icon}
        aria-label={triggerLabel}
        isDisabled={isDisabled}
      >
        {children}
      </Button>
      <Dialog title={title}>
        {(close) => (
          <div className="flex flex-col gap-5">
            <FormError message={error} />
            <div className="text-sm text-slate-700">{message}</div>
            <div className="flex justify-end gap-3">
              <Button variant="secondary" onPress={close}>
                Cancel
              </Button>
              <Button
                variant="destructive"
                isDisabled={pending}
                onPress={async () => {
                  setPending(true)
                  setError(null)
                  try {
                    await onConfirm()
                    close()
                  } catch (e) {
                    setError(messageOf(e))
                  } finally {
                    setPending(false)
                  }
                }}
              >
                {pending ? pendingLabel : confirmLabel}
              </Button>
            </div>
          </div>
        )}
      </Dialog>
    </DialogTrigger>
  )
}
