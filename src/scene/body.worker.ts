/**
 * The body worker: parses body.glb and builds the draw-ready body (buildBody: merged geometries,
 * per-muscle summaries) off the main thread, which meanwhile renders the page and creates the
 * WebGL context. Receives the GLB bytes, answers with the body (arrays transferred) or an error.
 */
import { packBody } from './bodyTransfer';
import { buildBody } from './buildBody';
import { parseBodyGlb } from './parseBodyGlb';
import type { BodyWorkerReply, BodyWorkerRequest } from '../app/bodyLoad';

const post = (reply: BodyWorkerReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

self.addEventListener('message', (event: MessageEvent<BodyWorkerRequest>) => {
  void (async () => {
    try {
      const { message, transfer } = packBody(buildBody(await parseBodyGlb(event.data.bytes)));
      post({ ok: true, body: message }, transfer);
    } catch (e) {
      post({ ok: false, message: e instanceof Error ? e.message : String(e) });
    }
  })();
});
