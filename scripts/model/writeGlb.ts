/** Assembles the generated meshes and landmarks into a compressed, validated GLB. */
import { Document, Logger, NodeIO, type Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import { type TriMesh, vertexNormals } from './polygonise';
import type { V3 } from './vec';

export interface MeshEntry {
  name: string;
  extras: Record<string, unknown>;
  mesh: TriMesh;
}

export interface PointEntry {
  name: string;
  extras: Record<string, unknown>;
  position: V3;
}

export async function writeGlb(meshes: MeshEntry[], points: PointEntry[]): Promise<Uint8Array> {
  const doc = new Document();
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  doc.createBuffer();
  const scene = doc.createScene('body');
  const material = doc.createMaterial('default').setRoughnessFactor(0.7).setMetallicFactor(0);
  for (const entry of meshes) {
    const { positions, indices } = entry.mesh;
    // Our arrays always sit on plain ArrayBuffers; newer TS lib typings ask for that to be said.
    const pos = doc.createAccessor().setType('VEC3').setArray(positions as Float32Array<ArrayBuffer>);
    const nrm = doc.createAccessor().setType('VEC3').setArray(vertexNormals(entry.mesh) as Float32Array<ArrayBuffer>);
    const idx = doc.createAccessor().setType('SCALAR').setArray(positions.length / 3 < 65536 ? Uint16Array.from(indices) : (indices as Uint32Array<ArrayBuffer>));
    const prim = doc.createPrimitive().setAttribute('POSITION', pos).setAttribute('NORMAL', nrm).setIndices(idx).setMaterial(material);
    const mesh = doc.createMesh(entry.name).addPrimitive(prim);
    const node: Node = doc.createNode(entry.name).setMesh(mesh).setExtras(entry.extras);
    scene.addChild(node);
  }
  for (const p of points) {
    scene.addChild(doc.createNode(p.name).setTranslation([round(p.position[0]), round(p.position[1]), round(p.position[2])]).setExtras(p.extras));
  }
  await MeshoptEncoder.ready;
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium' }));
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
}

const round = (x: number): number => Math.round(x * 1e5) / 1e5;
