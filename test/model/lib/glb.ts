/**
 * Loads a GLB (meshopt + quantized, as the generator writes it) with @gltf-transform and gives
 * world-space triangle meshes and landmark positions by node name.
 */
import { readFile } from 'node:fs/promises';
import { NodeIO, Primitive, type Document, type Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';

export type Vec3 = [number, number, number];

/** A triangle mesh in world space: xyz per vertex, three indices per triangle. */
export interface TriMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

export async function createIO(): Promise<NodeIO> {
  await MeshoptDecoder.ready;
  await MeshoptEncoder.ready;
  return new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder, 'meshopt.encoder': MeshoptEncoder });
}

function transformPoint(m: ArrayLike<number>, x: number, y: number, z: number, out: Float32Array, o: number): void {
  // glTF matrices are column-major.
  out[o] = m[0]! * x + m[4]! * y + m[8]! * z + m[12]!;
  out[o + 1] = m[1]! * x + m[5]! * y + m[9]! * z + m[13]!;
  out[o + 2] = m[2]! * x + m[6]! * y + m[10]! * z + m[14]!;
}

/** All TRIANGLES primitives of a mesh node, merged, positions baked with the node's world matrix. */
export function worldMesh(node: Node): TriMesh {
  const mesh = node.getMesh();
  if (!mesh) throw new Error(`node ${node.getName()} has no mesh`);
  const m = node.getWorldMatrix();
  const pos: number[] = [];
  const idx: number[] = [];
  const el: number[] = [];
  for (const prim of mesh.listPrimitives()) {
    if (prim.getMode() !== Primitive.Mode.TRIANGLES) throw new Error(`${node.getName()}: primitive mode ${prim.getMode()} is not TRIANGLES`);
    const attr = prim.getAttribute('POSITION');
    if (!attr) throw new Error(`${node.getName()}: primitive without POSITION`);
    const base = pos.length / 3;
    const n = attr.getCount();
    for (let i = 0; i < n; i++) {
      attr.getElement(i, el); // de-normalizes normalized integer attributes
      pos.push(el[0]!, el[1]!, el[2]!);
    }
    const ind = prim.getIndices();
    if (ind) for (let i = 0, c = ind.getCount(); i < c; i++) idx.push(base + ind.getScalar(i));
    else for (let i = 0; i < n; i++) idx.push(base + i);
  }
  const out = new Float32Array(pos.length);
  for (let i = 0; i < pos.length; i += 3) transformPoint(m, pos[i]!, pos[i + 1]!, pos[i + 2]!, out, i);
  return { positions: out, indices: Uint32Array.from(idx) };
}

/** World-space origin of a node (for landmarks: empty nodes whose translation is the point). */
export function worldOrigin(node: Node): Vec3 {
  const m = node.getWorldMatrix();
  return [m[12], m[13], m[14]];
}

export interface LoadedModel {
  doc: Document;
  bytes: Uint8Array;
  /** Every node by its name (names are unique in the contract; duplicates are listed separately). */
  nodes: Map<string, Node>;
  duplicateNames: string[];
  /** Cached world-space mesh of a named node. */
  mesh(name: string): TriMesh;
  /** World-space position of a named node. */
  point(name: string): Vec3;
}

export async function loadModel(source: string | Uint8Array): Promise<LoadedModel> {
  const bytes = typeof source === 'string' ? new Uint8Array(await readFile(source)) : source;
  const io = await createIO();
  const doc = await io.readBinary(bytes);
  const nodes = new Map<string, Node>();
  const duplicateNames: string[] = [];
  for (const node of doc.getRoot().listNodes()) {
    const name = node.getName();
    if (nodes.has(name)) duplicateNames.push(name);
    else nodes.set(name, node);
  }
  const meshes = new Map<string, TriMesh>();
  const get = (name: string): Node => {
    const node = nodes.get(name);
    if (!node) throw new Error(`no node named ${name}`);
    return node;
  };
  return {
    doc,
    bytes,
    nodes,
    duplicateNames,
    mesh(name) {
      let m = meshes.get(name);
      if (!m) meshes.set(name, (m = worldMesh(get(name))));
      return m;
    },
    point: (name) => worldOrigin(get(name)),
  };
}
