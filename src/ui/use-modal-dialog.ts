import { useEffect, useRef, type RefObject, type SyntheticEvent } from 'react';

/**
 * A native <dialog> shown as a modal while the component is mounted, and the handler for its
 * `close` event. React's StrictMode (the dev server, `npm start`) mounts, unmounts and mounts again:
 * the unmount closes the dialog and queues a `close` event that arrives after the second mount has
 * opened it again — taken for the user's close, it shut the dialog the moment it opened. So a close
 * event is passed on only while the dialog is in fact closed.
 * @example const { ref, onClose } = useModalDialog(close); return <dialog ref={ref} onClose={onClose} />;
 */
export function useModalDialog(onClosed: () => void): {
  ref: RefObject<HTMLDialogElement | null>;
  onClose: (e: SyntheticEvent<HTMLDialogElement>) => void;
} {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);
  return {
    ref,
    onClose: (e) => {
      if (!e.currentTarget.open) onClosed();
    },
  };
}
