import { useEffect, useState } from 'react';
import { getMuscle } from '../domain/anatomy';
import { useAppStore } from '../state/store';
import { regionLabel, sidedLabel } from './muscleLabels';

/** One polite live region for the selection and for deep-link notices. */
export function LiveAnnouncer() {
  const [message, setMessage] = useState('');
  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.selection !== prev.selection) {
          const m = s.selection ? getMuscle(s.selection.muscleId) : undefined;
          if (s.selection && m) setMessage(`Selected ${sidedLabel(m.id, s.selection.side)}, ${m.layer} layer, ${regionLabel(m.id).toLowerCase()}.`);
          else if (prev.selection) setMessage('Selection cleared.');
        }
        if (s.routeNotice && s.routeNotice !== prev.routeNotice) setMessage(s.routeNotice);
      }),
    [],
  );
  useEffect(() => {
    const notice = useAppStore.getState().routeNotice;
    if (notice) setMessage(notice);
  }, []);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}
