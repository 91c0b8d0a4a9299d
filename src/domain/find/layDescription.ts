/**
 * A few plain words saying where a muscle is, for client-facing text: "upper trapezius (the muscle
 * along the top of the shoulder)". The pack's `description` is written for therapists (origins,
 * insertions), so the pain finder uses these instead: our own words for the core muscles, and for any
 * other muscle a phrase built from its body region.
 */
import { BODY_REGIONS } from '../anatomy/regions';

const LAY: Readonly<Record<string, string>> = {
  temporalis: 'the chewing muscle on the side of the head, above the ear',
  masseter: 'the strong chewing muscle at the side of the jaw',
  frontalis: 'the thin muscle over the forehead',
  occipitalis: 'the thin muscle over the back of the head',
  'orbicularis-oculi': 'the ring of muscle around the eye',
  'zygomaticus-major': 'the smiling muscle in the cheek',
  'lateral-pterygoid': 'a deep chewing muscle just in front of the ear',
  'medial-pterygoid': 'a deep chewing muscle on the inside of the jaw',
  digastric: 'a small muscle under the jaw',
  sternocleidomastoid: 'the muscle running down the side of the neck, from behind the ear to the breastbone',
  scalenes: 'the muscles at the side of the neck, above the collarbone',
  'splenius-capitis': 'a flat muscle at the back of the neck',
  'splenius-cervicis': 'a flat muscle at the back of the lower neck',
  'semispinalis-capitis': 'the thick muscle beside the spine at the back of the neck',
  suboccipitals: 'the small muscles just under the base of the skull',
  'levator-scapulae': 'the muscle from the side of the neck to the top of the shoulder blade',
  platysma: 'the thin sheet of muscle under the skin of the front of the neck',
  'upper-trapezius': 'the muscle along the top of the shoulder',
  'middle-trapezius': 'the muscle between the spine and the top of the shoulder blade',
  'lower-trapezius': 'the muscle running from the middle of the back up to the shoulder blade',
  rhomboids: 'the muscles between the spine and the shoulder blade',
  'serratus-posterior-superior': 'a thin muscle under the upper part of the shoulder blade',
  'anterior-deltoid': 'the front of the shoulder cap',
  'middle-deltoid': 'the side of the shoulder cap',
  'posterior-deltoid': 'the back of the shoulder cap',
  supraspinatus: 'the muscle above the ridge of the shoulder blade',
  infraspinatus: 'the muscle covering the back of the shoulder blade',
  'teres-minor': 'a small muscle at the outer edge of the shoulder blade',
  'teres-major': 'the muscle at the lower outer corner of the shoulder blade, at the back of the armpit',
  subscapularis: 'the muscle on the underside of the shoulder blade, against the ribs',
  'pectoralis-major': 'the large chest muscle',
  'pectoralis-minor': 'a smaller chest muscle under the large one, near the shoulder',
  'serratus-anterior': 'the muscle on the side of the ribs, below the armpit',
  subclavius: 'a small muscle under the collarbone',
  'biceps-brachii': 'the muscle at the front of the upper arm',
  brachialis: 'the muscle under the biceps, just above the elbow',
  coracobrachialis: 'a slim muscle high on the inner upper arm',
  'triceps-brachii': 'the muscle at the back of the upper arm',
  brachioradialis: 'the muscle along the thumb side of the forearm, near the elbow',
  'wrist-extensors': 'the muscles on the back of the forearm that lift the wrist',
  'finger-extensors': 'the muscles on the back of the forearm that straighten the fingers',
  'wrist-flexors': 'the muscles on the palm side of the forearm that bend the wrist',
  'finger-flexors': 'the muscles on the palm side of the forearm that bend the fingers',
  'pronator-teres': 'a short muscle at the front of the forearm, just below the elbow',
  supinator: 'a deep muscle at the back of the forearm, just below the elbow',
  'thenar-muscles': 'the fleshy pad at the base of the thumb',
  'adductor-pollicis': 'the muscle in the web between the thumb and the palm',
  'first-dorsal-interosseous': 'the muscle in the web between the thumb and the index finger, on the back of the hand',
  'hypothenar-muscles': 'the fleshy pad on the little-finger side of the palm',
  'latissimus-dorsi': 'the broad muscle of the middle and lower back, running up to the armpit',
  iliocostalis: 'the outer part of the long back muscles beside the spine',
  longissimus: 'the long back muscle beside the spine',
  multifidus: 'the small, deep muscles right next to the spine',
  'quadratus-lumborum': 'the deep muscle of the low back, between the lowest rib and the top of the pelvis',
  'serratus-posterior-inferior': 'a thin muscle over the lower ribs at the back',
  'rectus-abdominis': 'the "six-pack" muscle down the front of the belly',
  'external-oblique': 'the outer muscle at the side of the belly',
  'internal-oblique': 'the middle layer of muscle at the side of the belly',
  'transversus-abdominis': 'the deepest belly muscle, wrapping round like a corset',
  iliopsoas: 'the deep hip muscle running from the low back and pelvis to the top of the thigh',
  'gluteus-maximus': 'the large muscle of the buttock',
  'gluteus-medius': 'the muscle at the upper outer part of the buttock',
  'gluteus-minimus': 'a deep muscle at the side of the hip',
  piriformis: 'a deep muscle in the middle of the buttock',
  'tensor-fasciae-latae': 'the small muscle at the front of the outer hip',
  sartorius: 'the long, thin muscle crossing the front of the thigh',
  'rectus-femoris': 'the muscle down the middle of the front of the thigh',
  'vastus-lateralis': 'the muscle on the outer side of the thigh',
  'vastus-medialis': 'the muscle on the inner side of the thigh, just above the knee',
  'vastus-intermedius': 'the deep muscle at the front of the thigh',
  'biceps-femoris': 'the outer hamstring at the back of the thigh',
  semitendinosus: 'an inner hamstring at the back of the thigh',
  semimembranosus: 'the deeper inner hamstring at the back of the thigh',
  'adductor-longus': 'a muscle of the upper inner thigh',
  'adductor-magnus': 'the large muscle of the inner thigh',
  gracilis: 'the long, slim muscle on the inner thigh',
  pectineus: 'a small muscle at the top of the inner thigh, near the groin',
  gastrocnemius: 'the main calf muscle',
  soleus: 'the flat calf muscle under the main one',
  'tibialis-anterior': 'the muscle just outside the shin bone',
  'fibularis-longus': 'the muscle on the outer side of the lower leg',
  'fibularis-brevis': 'the shorter muscle on the outer side of the lower leg',
  'extensor-digitorum-longus': 'the muscle on the front of the lower leg that lifts the toes',
  'extensor-hallucis-longus': 'the muscle on the front of the lower leg that lifts the big toe',
  'tibialis-posterior': 'the deepest muscle of the calf',
  'flexor-digitorum-longus': 'a deep calf muscle that curls the toes',
  popliteus: 'a small muscle at the back of the knee',
  'abductor-hallucis': 'the muscle along the inner edge of the sole',
  'flexor-digitorum-brevis': 'the muscle in the middle of the sole',
  'quadratus-plantae': 'a deep muscle in the back half of the sole',
  'abductor-digiti-minimi-foot': 'the muscle along the outer edge of the sole',
  'extensor-digitorum-brevis': 'the small muscle on the top of the foot',
};

/** Body regions of the catalogue in everyday words. */
const REGION_WORDS: Readonly<Record<string, string>> = {
  head: 'the head and jaw',
  neck: 'the neck',
  shoulder: 'the shoulder',
  'upper-back': 'the upper back',
  chest: 'the chest',
  'lower-back': 'the lower back',
  abdomen: 'the belly',
  'upper-arm': 'the upper arm',
  forearm: 'the forearm',
  hand: 'the hand',
  hip: 'the hip and buttock',
  thigh: 'the thigh',
  'lower-leg': 'the lower leg',
  foot: 'the foot',
};

export interface LayMuscle {
  id: string;
  /** A body region of the catalogue or a region id of the pack. */
  region?: string | undefined;
}

/**
 * Where the muscle is, in plain words (no leading article is added by callers: the phrase starts with
 * "the" or "a"). `regionName` names a pack region for muscles whose `region` is not a body region.
 */
export function layDescription(muscle: LayMuscle, regionName?: (id: string) => string | undefined): string {
  const known = LAY[muscle.id];
  if (known) return known;
  const region = muscle.region;
  if (region && REGION_WORDS[region]) return `a muscle of ${REGION_WORDS[region]}`;
  const name = region ? regionName?.(region) : undefined;
  return name ? `a muscle near the ${name}` : 'a muscle of the body';
}

/** Ids with our own lay wording (the rest fall back to their region); for tests and lint. */
export const LAY_DESCRIBED: readonly string[] = Object.keys(LAY);

/** Catalogue regions that have everyday wording. */
export const LAY_REGIONS: readonly string[] = BODY_REGIONS.map((r) => r.id).filter((id) => REGION_WORDS[id] !== undefined);
