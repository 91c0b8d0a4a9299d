import { cropRect, patternBox, unionBox, type Rect } from './patternCrop';

async function decode(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = url;
  await img.decode();
  return img;
}

/**
 * Crops the pictures of one pattern (front, back…) to the same rectangle around what is drawn on
 * any of them, so the views line up and the pattern is large on paper. Where the browser cannot
 * read pixels back (no 2D canvas, as in jsdom), the pictures are returned as they are.
 */
export async function cropPictures(urls: readonly string[]): Promise<string[]> {
  if (typeof document === 'undefined' || typeof OffscreenCanvas === 'undefined' || urls.length === 0) return [...urls];
  const imgs = await Promise.all(urls.map(decode));
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return [...urls];
  const boxes = imgs.map((img) => {
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0);
    return patternBox(ctx.getImageData(0, 0, canvas.width, canvas.height));
  });
  const first = imgs[0]!;
  const rect: Rect = cropRect(unionBox(boxes), first.naturalWidth, first.naturalHeight);
  return imgs.map((img) => {
    canvas.width = rect.width;
    canvas.height = rect.height;
    ctx.clearRect(0, 0, rect.width, rect.height);
    ctx.drawImage(img, rect.x, rect.y, rect.width, rect.height, 0, 0, rect.width, rect.height);
    return canvas.toDataURL('image/png');
  });
}
