/** Anatomy vocabulary shared by the body generator, the app and (later) the content pack. */

/** Patient's side. 'r' is the patient's right, which lies at −X in model space. */
export type Side = 'l' | 'r';

export type Layer = 'superficial' | 'intermediate' | 'deep';

export const LAYERS: readonly Layer[] = ['superficial', 'intermediate', 'deep'];

export type BodyRegionId =
  | 'head'
  | 'neck'
  | 'shoulder'
  | 'upper-back'
  | 'chest'
  | 'lower-back'
  | 'abdomen'
  | 'upper-arm'
  | 'forearm'
  | 'hand'
  | 'hip'
  | 'thigh'
  | 'lower-leg'
  | 'foot';

export interface BodyRegion {
  id: BodyRegionId;
  name: string;
}

export interface MuscleInfo {
  /** kebab-case id, shared with the GLB (`muscle:<id>:<side>`) and the content pack. */
  id: string;
  /** Display name without side, lower-case first letter where not a proper noun ("upper trapezius"). */
  name: string;
  region: BodyRegionId;
  layer: Layer;
  /** Other names people search for ("SCM", "traps"). */
  aliases: string[];
}

export interface LandmarkInfo {
  /** kebab-case id; paired landmarks exist once per side (`landmark:<id>:<side>`). */
  id: string;
  name: string;
  paired: boolean;
}
