/**
 * The body worker: parses body.glb and builds the draw-ready body (buildBody: merged geometries,
 * per-muscle summaries) off the main thread, which meanwhile renders the page and creates the
 * WebGL context. Receives the GLB bytes, answers with the body (arrays transferred) or an error;
 * then, when asked (after the first frame), builds the picking BVHs.
 */
import { BufferAttribute, BufferGeometry } from 'three';
import { buildPickTrees, serializePickTrees } from './BodyPicker';
import { packBody } from './bodyTransfer';
import { buildBody, type BodyData } from './buildBody';
import { parseBodyGlb } from './parseBodyGlb';
import type { BodyWorkerReply, BodyWorkerRequest } from '../app/bodyLoad';

const post = (reply: BodyWorkerReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

/** Positions and index of a geometry, copied: the originals go to the page with the body. */
function forTrees(g: BufferGeometry | null): BufferGeometry | null {
  if (!g) return null;
  const copy = new BufferGeometry();
  copy.setAttribute('position', new BufferAttribute((g.getAttribute('position').array as Float32Array).slice(), 3));
  copy.setIndex(new BufferAttribute(g.index!.array.slice(), 1));
  return copy;
}

let kept: Pick<BodyData, 'muscleGeometry' | 'boneGeometry' | 'skinGeometry'> | null = null;

self.addEventListener('message', (event: MessageEvent<BodyWorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'trees') {
    // Asked for once the page has drawn the body: the picking BVHs, built here instead of there.
    if (!kept) return;
    const { message, transfer } = serializePickTrees(buildPickTrees(kept));
    kept = null;
    return post({ kind: 'trees', trees: message }, transfer);
  }
  void (async () => {
    try {
      const body = buildBody(await parseBodyGlb(request.bytes));
      kept = { muscleGeometry: forTrees(body.muscleGeometry)!, boneGeometry: forTrees(body.boneGeometry), skinGeometry: forTrees(body.skinGeometry) };
      const { message, transfer } = packBody(body);
      post({ kind: 'body', ok: true, body: message }, transfer);
    } catch (e) {
      post({ kind: 'body', ok: false, message: e instanceof Error ? e.message : String(e) });
    }
  })();
});
