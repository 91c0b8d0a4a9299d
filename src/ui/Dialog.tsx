import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  title: string;
  /** Escape, or the browser's own cancel (e.g. the Back gesture on Android). */
  onCancel: () => void;
  children: ReactNode;
  /** Extra class on the <dialog>. */
  className?: string;
  /** `alertdialog` for a message that needs a response (errors). */
  role?: 'dialog' | 'alertdialog';
  /** id of an element describing the dialog (read out on open). */
  describedBy?: string;
  onKeyDown?: (e: KeyboardEvent<HTMLDialogElement>) => void;
}

/**
 * A modal dialog on the native <dialog> element: `showModal()` puts it in the top layer, makes
 * the rest of the page inert and keeps Tab inside. Focus goes to the element marked
 * `data-autofocus` (else the first button) and returns where it was on close. Escape calls
 * `onCancel`; the parent decides whether to unmount.
 */
export function Dialog({ title, onCancel, children, className, role = 'dialog', describedBy, onKeyDown }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const cancelRef = useRef(onCancel);
  cancelRef.current = onCancel;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else dialog.setAttribute('open', '');
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('button, [href], input, select, textarea');
    first?.focus();
    const onCancelEvent = (e: Event) => {
      e.preventDefault();
      cancelRef.current();
    };
    dialog.addEventListener('cancel', onCancelEvent);
    return () => {
      dialog.removeEventListener('cancel', onCancelEvent);
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  const keyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    onKeyDown?.(e);
    if (e.defaultPrevented) return;
    // Browsers without showModal (and jsdom) fire no cancel event.
    if (e.key === 'Escape') {
      e.preventDefault();
      cancelRef.current();
    }
  };

  return (
    <dialog ref={ref} className={`dialog ${className ?? ''}`} role={role} aria-modal="true" aria-labelledby={titleId} aria-describedby={describedBy} onKeyDown={keyDown}>
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
