import { Raycaster, Vector2, type Camera } from 'three';

const raycaster = new Raycaster();
const ndc = new Vector2();

/** The ray through a viewport point (CSS px, as in PointerEvent.clientX/Y) of the canvas. */
export function rayAtClientPoint(canvas: HTMLCanvasElement, camera: Camera, clientX: number, clientY: number) {
  const rect = canvas.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  const x = ((clientX - rect.left) / rect.width) * 2 - 1;
  const y = -((clientY - rect.top) / rect.height) * 2 + 1;
  if (x < -1 || x > 1 || y < -1 || y > 1) return null;
  raycaster.setFromCamera(ndc.set(x, y), camera);
  return raycaster.ray;
}
