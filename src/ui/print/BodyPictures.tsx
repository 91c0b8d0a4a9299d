import { useEffect, useState } from 'react';
import type { HomeworkItem } from '../../state/homeworkSlice';
import { useAppStore } from '../../state/store';
import { takeBodySnapshots } from '../bodySnapshots';
import { cropPictures } from './cropPictures';

/** Pixel size of each rendered picture (the whole body; then cropped around the pattern). */
export const PICTURE_SIZE = { width: 600, height: 1200 } as const;

type Pictures = { status: 'loading' } | { status: 'ready'; front: string; back: string } | { status: 'failed'; reason: string };

/** Front and back pictures of the body with this item's pattern drawn (rendered by the 3D scene, cropped to it). */
export function useBodyPictures(item: HomeworkItem): Pictures {
  const webgl = useAppStore((s) => s.webgl);
  const [pictures, setPictures] = useState<Pictures>({ status: 'loading' });
  const { muscleId, side, triggerPointId } = item;
  useEffect(() => {
    if (webgl === 'unavailable') {
      setPictures({ status: 'failed', reason: 'This browser cannot show the 3D body, so the sheet has no pictures.' });
      return;
    }
    let live = true;
    setPictures({ status: 'loading' });
    takeBodySnapshots({ patterns: [{ muscleId, side, triggerPointId }], views: ['front', 'back'], ...PICTURE_SIZE })
      .then(cropPictures)
      .then(([front, back]) => {
        if (!live) return;
        setPictures(front && back ? { status: 'ready', front, back } : { status: 'failed', reason: 'The body pictures came back empty.' });
      })
      .catch((err: unknown) => live && setPictures({ status: 'failed', reason: err instanceof Error ? err.message : String(err) }));
    return () => {
      live = false;
    };
  }, [muscleId, side, triggerPointId, webgl]);
  return pictures;
}

/** Key to the pictures, as drawn on the skin (Travell & Simons: solid, stippled, X). */
function PictureLegend() {
  return (
    <ul className="sheet-legend" aria-label="Key to the pictures">
      <li>
        <span className="sheet-swatch sheet-swatch-main" aria-hidden="true" /> Solid red: main pain area
      </li>
      <li>
        <span className="sheet-swatch sheet-swatch-spread" aria-hidden="true" /> Dotted: where it may spread
      </li>
      <li>
        <svg className="sheet-x" viewBox="0 0 20 20" aria-hidden="true">
          <path d="M4 4 L16 16 M16 4 L4 16" />
        </svg>{' '}
        X: trigger point (the tender spot)
      </li>
    </ul>
  );
}

/** The two pictures side by side with their legend; a loading line or a note while there are none. */
export function BodyPictures({ item, label }: { item: HomeworkItem; label: string }) {
  const pictures = useBodyPictures(item);
  return (
    <div className="sheet-pictures">
      {pictures.status === 'loading' && (
        <p className="sheet-pictures-status screen-only" role="status">
          Drawing the body pictures…
        </p>
      )}
      {pictures.status === 'failed' && <p className="hint sheet-pictures-status">No body pictures: {pictures.reason}</p>}
      {pictures.status === 'ready' && (
        <>
          <figure>
            <img src={pictures.front} alt={`Front of the body with the ${label} pain pattern drawn`} />
            <figcaption>Front</figcaption>
          </figure>
          <figure>
            <img src={pictures.back} alt={`Back of the body with the ${label} pain pattern drawn`} />
            <figcaption>Back</figcaption>
          </figure>
        </>
      )}
      <PictureLegend />
    </div>
  );
}
