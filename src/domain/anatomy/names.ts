import type { MuscleInfo, Side } from './types';

/** Node-name grammar of the GLB: `muscle:<id>:<l|r>`, `bone:<id>[:<l|r>]`, `landmark:<id>[:<l|r>]`, `skin`. */
export type NodeKind = 'muscle' | 'bone' | 'landmark' | 'skin';

export interface ParsedNodeName {
  kind: NodeKind;
  id: string;
  side: Side | null;
}

const NAME_RE = /^(muscle|bone|landmark):([a-z0-9]+(?:-[a-z0-9]+)*)(?::([lr]))?$/;

export function nodeName(kind: Exclude<NodeKind, 'skin'>, id: string, side: Side | null): string {
  return side ? `${kind}:${id}:${side}` : `${kind}:${id}`;
}

export function muscleNodeName(id: string, side: Side): string {
  return nodeName('muscle', id, side);
}

export function parseNodeName(name: string): ParsedNodeName | null {
  if (name === 'skin') return { kind: 'skin', id: 'skin', side: null };
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const kind = m[1] as NodeKind;
  const side = (m[3] as Side | undefined) ?? null;
  if (kind === 'muscle' && !side) return null;
  return { kind, id: m[2] as string, side };
}

export function sideName(side: Side): 'Right' | 'Left' {
  return side === 'r' ? 'Right' : 'Left';
}

export function otherSide(side: Side): Side {
  return side === 'r' ? 'l' : 'r';
}

/** "Right upper trapezius": the patient's side followed by the muscle's name. */
export function sidedMuscleName(muscle: Pick<MuscleInfo, 'name'>, side: Side): string {
  return `${sideName(side)} ${muscle.name}`;
}

/** Model-space X sign of a side: the patient's right is at −X. */
export function sideSign(side: Side): -1 | 1 {
  return side === 'r' ? -1 : 1;
}
