/**
 * The built body as a structured-clone message: typed arrays (transferred, not copied) and plain
 * numbers. The body worker builds the body off the main thread and posts it in this form; the page
 * turns it back into three.js objects. Packing and unpacking are exact (a test round-trips them).
 */
import { Box3, BufferAttribute, BufferGeometry, Sphere, Vector3 } from 'three';
import type { BodyData, BonePart, MusclePart } from './buildBody';

type Box = [number, number, number, number, number, number];
type Vec = [number, number, number];

export interface GeometryArrays {
  position: Float32Array;
  normal: Float32Array;
  /** The per-vertex part attribute (`aMuscle`, `aBone`), if the geometry has one. */
  part: { name: string; array: Uint16Array } | null;
  index: Uint16Array | Uint32Array;
  box: Box;
  sphere: [number, number, number, number];
}

export type MuscleMessage = Omit<MusclePart, 'box' | 'centroid' | 'facing'> & { box: Box; centroid: Vec; facing: Vec };

export interface BodyMessage {
  muscles: MuscleMessage[];
  muscleGeometry: GeometryArrays;
  bones: BonePart[];
  boneGeometry: GeometryArrays | null;
  skinGeometry: GeometryArrays | null;
  landmarks: Array<[string, number, number, number]>;
  bounds: Box;
}

const boxOf = (b: Box3): Box => [b.min.x, b.min.y, b.min.z, b.max.x, b.max.y, b.max.z];
const vecOf = (v: Vector3): Vec => [v.x, v.y, v.z];
const toBox = (b: Box): Box3 => new Box3(new Vector3(b[0], b[1], b[2]), new Vector3(b[3], b[4], b[5]));

function packGeometry(g: BufferGeometry, transfer: ArrayBuffer[]): GeometryArrays {
  const array = (name: string) => g.getAttribute(name)?.array;
  const position = array('position') as Float32Array;
  const normal = array('normal') as Float32Array;
  const partName = ['aMuscle', 'aBone'].find((n) => g.getAttribute(n));
  const part = partName ? { name: partName, array: array(partName) as Uint16Array } : null;
  const index = g.index!.array as Uint16Array | Uint32Array;
  if (!g.boundingBox) g.computeBoundingBox();
  if (!g.boundingSphere) g.computeBoundingSphere();
  const s = g.boundingSphere!;
  for (const a of [position, normal, part?.array, index]) if (a && !transfer.includes(a.buffer as ArrayBuffer)) transfer.push(a.buffer as ArrayBuffer);
  return { position, normal, part, index, box: boxOf(g.boundingBox!), sphere: [s.center.x, s.center.y, s.center.z, s.radius] };
}

function unpackGeometry(a: GeometryArrays): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(a.position, 3));
  g.setAttribute('normal', new BufferAttribute(a.normal, 3));
  if (a.part) g.setAttribute(a.part.name, new BufferAttribute(a.part.array, 1));
  g.setIndex(new BufferAttribute(a.index, 1));
  g.boundingBox = toBox(a.box);
  g.boundingSphere = new Sphere(new Vector3(a.sphere[0], a.sphere[1], a.sphere[2]), a.sphere[3]);
  return g;
}

/** The message and the buffers to transfer with it (the body's arrays move; do not use `body` after). */
export function packBody(body: BodyData): { message: BodyMessage; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const message: BodyMessage = {
    muscles: body.muscles.map((m) => ({ ...m, box: boxOf(m.box), centroid: vecOf(m.centroid), facing: vecOf(m.facing) })),
    muscleGeometry: packGeometry(body.muscleGeometry, transfer),
    bones: body.bones.map((b) => ({ ...b })),
    boneGeometry: body.boneGeometry ? packGeometry(body.boneGeometry, transfer) : null,
    skinGeometry: body.skinGeometry ? packGeometry(body.skinGeometry, transfer) : null,
    landmarks: [...body.landmarks].map(([name, p]) => [name, p.x, p.y, p.z]),
    bounds: boxOf(body.bounds),
  };
  return { message, transfer };
}

export function unpackBody(m: BodyMessage): BodyData {
  const muscles: MusclePart[] = m.muscles.map((x) => ({
    ...x,
    box: toBox(x.box),
    centroid: new Vector3(...x.centroid),
    facing: new Vector3(...x.facing),
  }));
  return {
    muscles,
    muscleIndexByName: new Map(muscles.map((x) => [x.nodeName, x.index])),
    muscleGeometry: unpackGeometry(m.muscleGeometry),
    bones: m.bones.map((b) => ({ ...b })),
    boneGeometry: m.boneGeometry ? unpackGeometry(m.boneGeometry) : null,
    skinGeometry: m.skinGeometry ? unpackGeometry(m.skinGeometry) : null,
    landmarks: new Map(m.landmarks.map(([name, x, y, z]) => [name, new Vector3(x, y, z)])),
    bounds: toBox(m.bounds),
  };
}
