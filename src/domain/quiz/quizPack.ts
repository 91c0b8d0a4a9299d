/**
 * What quiz generation and scoring read from a content pack. Structural, so a parsed `Pack`
 * (src/content/schema.ts) fits without the pure domain importing zod (as referral/types.ts does).
 */
import type { AnchorLike, MuscleLike, ReferralPack, RegionLike, TriggerPointLike } from '../referral/types';

export interface QuizTriggerPoint extends TriggerPointLike {
  location: string;
  anchor: AnchorLike;
  depth?: 'superficial' | 'deep' | undefined;
  symptoms: string;
  hold: { minSeconds: number; maxSeconds: number; repetitions: number; pressureCue: string };
  sources: readonly string[];
}

export interface QuizMuscle extends MuscleLike {
  aliases: readonly string[];
  /** A body region id (head, neck, …) or a pack region id. */
  region: string;
  triggerPoints: readonly QuizTriggerPoint[];
  techniques: readonly string[];
  exercises: readonly string[];
  precautions: { ids: readonly string[] };
  sources: readonly string[];
}

export type Phase = 'acute' | 'subacute' | 'chronic';

export interface QuizTechnique {
  id: string;
  name: string;
  whenToUse: string;
  phases: readonly Phase[];
  sources: readonly string[];
}

export interface QuizPrecaution {
  id: string;
  name: string;
  description: string;
  action: 'avoid' | 'modify' | 'refer';
  sources: readonly string[];
}

export interface QuizExercise {
  id: string;
  name: string;
  dosage: string;
  sources: readonly string[];
}

export interface QuizPack extends ReferralPack {
  muscles: readonly QuizMuscle[];
  regions: readonly RegionLike[];
  techniques: readonly QuizTechnique[];
  precautions: readonly QuizPrecaution[];
  exercises: readonly QuizExercise[];
}

export interface ScoringTriggerPoint extends TriggerPointLike {
  anchor: AnchorLike;
  location?: string | undefined;
}

export interface ScoringMuscle extends MuscleLike {
  aliases?: readonly string[] | undefined;
  triggerPoints: readonly ScoringTriggerPoint[];
}

/** What scoring reads from a pack: muscles (names, aliases, trigger points) and regions. */
export interface ScoringPack {
  muscles: readonly ScoringMuscle[];
  regions: readonly RegionLike[];
}
