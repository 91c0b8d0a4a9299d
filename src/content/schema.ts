/**
 * The content pack format: the single source of truth for what a pack may hold. The JSON Schema
 * in public/content/pack.schema.json is generated from it (`npm run pack -- schema`).
 *
 * Conventions
 * - Ids are kebab-case. Muscle ids match the body model (`src/domain/anatomy/muscles.ts`),
 *   landmark ids match `src/domain/anatomy/landmarks.ts` (side-less: a paired landmark resolves
 *   to the side of the muscle being shown).
 * - Anchors: a landmark plus an offset in metres in the body's own frame written for the side of
 *   the muscle: x = lateral (away from the midline), y = up, z = forward (anterior). The same
 *   numbers therefore mirror correctly onto the other side.
 * - A trigger point's referral is drawn on the same side as the muscle unless `side` says otherwise.
 * - `muscles[].region` is a body region of the catalogue (`head`, `neck`, … in
 *   `src/domain/anatomy/regions.ts`) or a region id of the pack.
 * - Beyond the shape checked here, `parsePack` (loadPack.ts) checks references: muscle and landmark
 *   ids against the body, technique/exercise/precaution/region/source ids against the pack, duplicate
 *   ids. Older versions are migrated first (migrations.ts).
 */
import { z } from './zodConfig';
import { QuizSchema } from './quizSchema';

export const CURRENT_PACK_VERSION = 1;

export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, hyphens)');
const Text = z.string().trim().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters');
const ShortText = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const Metres = z.number().min(-0.5, 'must be ≥ -0.5 m').max(0.5, 'must be ≤ 0.5 m');

export const SourceSchema = z.object({
  id: Id,
  author: ShortText,
  title: ShortText,
  year: z.number().int().min(1800).max(2100),
  kind: z.enum(['book', 'article', 'review', 'guideline', 'website']),
  publisher: ShortText.optional(),
  journal: ShortText.optional(),
  edition: ShortText.optional(),
  doi: ShortText.optional(),
});

/**
 * A surface point written for the side of the muscle: [lateral, y, z] in model space, lateral being
 * the distance from the midline toward the muscle's side (so it mirrors like an offset). For points
 * picked on the model where no landmark is near.
 */
const SurfacePoint = z.tuple([
  z.number().min(-1, 'must be ≥ -1 m').max(1, 'must be ≤ 1 m'),
  z.number().min(0, 'must be ≥ 0 m').max(2.2, 'must be ≤ 2.2 m'),
  z.number().min(-0.6, 'must be ≥ -0.6 m').max(0.6, 'must be ≤ 0.6 m'),
]);

/** A landmark plus an offset (the usual form), or a surface point. */
export const AnchorSchema = z
  .object({
    landmark: Id.optional(),
    /** [lateral, up, forward] in metres from the landmark. */
    offset: z.tuple([Metres, Metres, Metres]).default([0, 0, 0]),
    point: SurfacePoint.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.landmark === undefined && a.point === undefined) {
      ctx.addIssue({ code: 'custom', message: 'needs a landmark (with an offset) or a surface point', path: ['landmark'] });
    } else if (a.landmark !== undefined && a.point !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'give a landmark or a surface point, not both', path: ['point'] });
    }
  });

export const BlobZoneSchema = z.object({
  kind: z.literal('blob'),
  at: AnchorSchema,
  radius: z.number().min(0.005, 'must be ≥ 0.005 m').max(0.4, 'must be ≤ 0.4 m'),
});

export const PathZoneSchema = z.object({
  kind: z.literal('path'),
  points: z.array(AnchorSchema).min(2, 'a path needs at least 2 points').max(32),
  width: z.number().min(0.005, 'must be ≥ 0.005 m').max(0.3, 'must be ≤ 0.3 m'),
});

export const ZoneSchema = z.discriminatedUnion('kind', [BlobZoneSchema, PathZoneSchema]);

export const HoldSchema = z
  .object({
    minSeconds: z.number().int().min(5, 'must be ≥ 5').max(600, 'must be ≤ 600'),
    maxSeconds: z.number().int().min(5, 'must be ≥ 5').max(600, 'must be ≤ 600'),
    repetitions: z.number().int().min(1, 'must be ≥ 1').max(10, 'must be ≤ 10'),
    pressureCue: Text,
  })
  .refine((h) => h.minSeconds <= h.maxSeconds, { message: 'minSeconds must be ≤ maxSeconds', path: ['minSeconds'] });

export const TriggerPointSchema = z.object({
  id: Id,
  /** Plain-language location ("in the upper free border, midway between neck and acromion"). */
  location: Text,
  anchor: AnchorSchema,
  depth: z.enum(['superficial', 'deep']),
  referral: z.object({
    essential: z.array(ZoneSchema).min(1, 'needs at least one essential zone'),
    spillover: z.array(ZoneSchema),
    /** Where the pain is felt relative to the muscle's side; default 'same'. */
    side: z.enum(['same', 'both']).default('same'),
  }),
  /** Region ids (the pack's `regions`) the referral reaches, for text search and the pain finder. */
  regions: z.array(Id).min(1, 'needs at least one region'),
  /** What the pattern feels like or mimics (e.g. tension-type headache, sciatica-like pain). */
  symptoms: Text,
  hold: HoldSchema,
  sources: z.array(Id).min(1, 'needs at least one source'),
});

export const PhaseSchema = z.enum(['acute', 'subacute', 'chronic']);

export const TechniqueSchema = z.object({
  id: Id,
  name: ShortText,
  summary: Text,
  steps: z.array(Text).min(1),
  phases: z.array(PhaseSchema).min(1),
  whenToUse: Text,
  cautions: z.array(Text),
  sources: z.array(Id).min(1),
});

export const PrecautionSchema = z.object({
  id: Id,
  name: ShortText,
  description: Text,
  /** avoid: do not treat the area; modify: lighter pressure/shorter holds; refer: see a clinician first. */
  action: z.enum(['avoid', 'modify', 'refer']),
  sources: z.array(Id).min(1),
});

export const ExerciseSchema = z.object({
  id: Id,
  name: ShortText,
  kind: z.enum(['stretch', 'strengthen', 'mobility', 'self-release']),
  steps: z.array(Text).min(1),
  dosage: Text,
  cautions: z.array(Text),
  sources: z.array(Id).min(1),
});

export const RegionSchema = z.object({
  id: Id,
  name: ShortText,
  aliases: z.array(ShortText),
  /** The skin area the region covers, as zones anchored to landmarks (side-less). */
  area: z.array(ZoneSchema).min(1),
});

export const MuscleSchema = z.object({
  id: Id,
  name: ShortText,
  aliases: z.array(ShortText),
  region: Id,
  layer: z.enum(['superficial', 'intermediate', 'deep']),
  description: Text,
  actions: z.array(Text).min(1),
  triggerPoints: z.array(TriggerPointSchema).min(1, 'needs at least one trigger point'),
  techniques: z.array(Id),
  exercises: z.array(Id),
  precautions: z.object({ ids: z.array(Id), notes: z.array(Text) }),
  sources: z.array(Id).min(1, 'needs at least one source'),
});

/** Quizzes (instructor-written questions and generated-question settings): quizSchema.ts. */
export { QuizSchema };

export const PackSchema = z.object({
  format: z.literal('myomap-pack'),
  version: z.literal(CURRENT_PACK_VERSION),
  id: Id,
  title: ShortText,
  authors: z.array(ShortText).min(1),
  license: ShortText,
  description: Text.optional(),
  disclaimer: Text,
  sources: z.array(SourceSchema),
  regions: z.array(RegionSchema),
  techniques: z.array(TechniqueSchema),
  precautions: z.array(PrecautionSchema),
  exercises: z.array(ExerciseSchema),
  muscles: z.array(MuscleSchema),
  quizzes: z.array(QuizSchema).default([]),
});

export type Pack = z.infer<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Anchor = z.infer<typeof AnchorSchema>;
export type Zone = z.infer<typeof ZoneSchema>;
export type TriggerPoint = z.infer<typeof TriggerPointSchema>;
export type Technique = z.infer<typeof TechniqueSchema>;
export type Precaution = z.infer<typeof PrecautionSchema>;
export type Exercise = z.infer<typeof ExerciseSchema>;
export type Region = z.infer<typeof RegionSchema>;
export type MuscleContent = z.infer<typeof MuscleSchema>;
export type { Quiz, QuizInput, AuthoredQuestion, AuthoredQuestionType, QuizGenerate } from './quizSchema';
export type Phase = z.infer<typeof PhaseSchema>;
