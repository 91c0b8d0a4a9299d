import type { Object3D } from 'three';
import { parseNodeName, type ParsedNodeName, type Side } from '../domain/anatomy';

const KINDS = new Set(['muscle', 'bone', 'landmark', 'skin']);

/**
 * What a loaded glTF node is. GLTFLoader strips ':' from `object.name` and keeps the original in
 * `userData.name`, but it then copies the node's extras into userData, and the extras carry a
 * display `name` that overwrites it. So the extras (`kind`, `id`, `side`) come first, the node name
 * grammar second.
 */
export function identifyNode(object: Object3D): ParsedNodeName | null {
  const u = object.userData as Record<string, unknown>;
  const kind = u['kind'];
  if (typeof kind === 'string' && KINDS.has(kind)) {
    if (kind === 'skin') return { kind: 'skin', id: 'skin', side: null };
    const id = u['id'];
    const side = u['side'];
    if (typeof id === 'string' && id.length > 0) {
      const s: Side | null = side === 'l' || side === 'r' ? side : null;
      if (kind !== 'muscle' || s) return { kind: kind as ParsedNodeName['kind'], id, side: s };
    }
  }
  const name = u['name'];
  return typeof name === 'string' ? parseNodeName(name) : null;
}

/** The identity of an object or of its nearest identified ancestor (multi-primitive meshes). */
export function identifyMeshOwner(object: Object3D): ParsedNodeName | null {
  for (let o: Object3D | null = object; o; o = o.parent) {
    const id = identifyNode(o);
    if (id) return id;
  }
  return null;
}
