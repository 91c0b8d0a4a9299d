/**
 * The pack worker: checks pack text (parsePackText: JSON, migrations, schema, references, unknown
 * fields) off the main thread, so a large pack (or the core pack at start) does not freeze the
 * page. One request, one answer, matched by id.
 */
import { parsePackText, type ParseOptions, type ParseResult } from './loadPack';

export interface PackWorkerRequest {
  id: number;
  text: string;
  opts: ParseOptions;
}
export interface PackWorkerReply {
  id: number;
  result: ParseResult;
}

self.addEventListener('message', (event: MessageEvent<PackWorkerRequest>) => {
  const { id, text, opts } = event.data;
  (self as unknown as Worker).postMessage({ id, result: parsePackText(text, opts) } satisfies PackWorkerReply);
});
