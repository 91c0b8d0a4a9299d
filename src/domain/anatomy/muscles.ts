import type { BodyRegionId, Layer, MuscleInfo } from './types';

type Row = [id: string, name: string, layer: Layer, aliases?: string[]];

const S: Layer = 'superficial';
const I: Layer = 'intermediate';
const D: Layer = 'deep';

/**
 * Every muscle the body model draws, per region, head to foot. One entry per muscle; the model
 * holds a left and a right copy of each. Layer = how deep it lies where it is usually palpated.
 */
const TABLE: Record<BodyRegionId, Row[]> = {
  head: [
    ['temporalis', 'temporalis', S, ['temporal muscle']],
    ['masseter', 'masseter', S, ['jaw muscle', 'chewing muscle']],
    ['frontalis', 'frontalis', S, ['occipitofrontalis', 'forehead muscle']],
    ['occipitalis', 'occipitalis', S, ['occipitofrontalis']],
    ['lateral-pterygoid', 'lateral pterygoid', D, ['external pterygoid', 'LPT']],
    ['medial-pterygoid', 'medial pterygoid', D, ['internal pterygoid', 'MPT']],
    ['digastric', 'digastric', I, ['posterior digastric']],
    ['orbicularis-oculi', 'orbicularis oculi', S, ['eyelid muscle']],
    ['zygomaticus-major', 'zygomaticus major', S, ['zygomaticus', 'smile muscle']],
  ],
  neck: [
    ['sternocleidomastoid', 'sternocleidomastoid', S, ['SCM', 'sternomastoid']],
    ['scalenes', 'scalenes', I, ['scalene', 'anterior scalene', 'middle scalene', 'scalenus']],
    ['splenius-capitis', 'splenius capitis', I, ['splenius']],
    ['splenius-cervicis', 'splenius cervicis', D, ['splenius']],
    ['semispinalis-capitis', 'semispinalis capitis', D, ['semispinalis']],
    ['suboccipitals', 'suboccipitals', D, ['suboccipital muscles', 'rectus capitis', 'obliquus capitis']],
    ['levator-scapulae', 'levator scapulae', I, ['levator', 'levator scap']],
    ['platysma', 'platysma', S, []],
  ],
  shoulder: [
    ['anterior-deltoid', 'anterior deltoid', S, ['front delt', 'deltoid', 'delts']],
    ['middle-deltoid', 'middle deltoid', S, ['side delt', 'lateral deltoid', 'deltoid', 'delts']],
    ['posterior-deltoid', 'posterior deltoid', S, ['rear delt', 'deltoid', 'delts']],
    ['supraspinatus', 'supraspinatus', I, ['rotator cuff', 'SITS']],
    ['infraspinatus', 'infraspinatus', S, ['rotator cuff', 'SITS']],
    ['teres-minor', 'teres minor', I, ['rotator cuff', 'SITS']],
    ['teres-major', 'teres major', S, ['lat\'s little helper']],
    ['subscapularis', 'subscapularis', D, ['rotator cuff', 'SITS', 'subscap']],
  ],
  'upper-back': [
    ['upper-trapezius', 'upper trapezius', S, ['traps', 'trapezius', 'upper traps']],
    ['middle-trapezius', 'middle trapezius', S, ['traps', 'trapezius', 'mid traps']],
    ['lower-trapezius', 'lower trapezius', S, ['traps', 'trapezius', 'lower traps']],
    ['rhomboids', 'rhomboids', I, ['rhomboid major', 'rhomboid minor', 'rhomboid']],
    ['serratus-posterior-superior', 'serratus posterior superior', D, ['SPS']],
  ],
  chest: [
    ['pectoralis-major', 'pectoralis major', S, ['pecs', 'pec major', 'chest muscle']],
    ['pectoralis-minor', 'pectoralis minor', I, ['pec minor']],
    ['serratus-anterior', 'serratus anterior', S, ['boxer\'s muscle', 'serratus']],
    ['subclavius', 'subclavius', D, []],
  ],
  'lower-back': [
    ['latissimus-dorsi', 'latissimus dorsi', S, ['lats', 'lat']],
    ['iliocostalis', 'iliocostalis', I, ['erector spinae', 'paraspinals', 'iliocostalis lumborum']],
    ['longissimus', 'longissimus', I, ['erector spinae', 'paraspinals', 'longissimus thoracis']],
    ['multifidus', 'multifidus', D, ['multifidi', 'transversospinalis', 'paraspinals']],
    ['quadratus-lumborum', 'quadratus lumborum', D, ['QL']],
    ['serratus-posterior-inferior', 'serratus posterior inferior', D, ['SPI']],
  ],
  abdomen: [
    ['rectus-abdominis', 'rectus abdominis', S, ['abs', 'six-pack']],
    ['external-oblique', 'external oblique', S, ['obliques', 'external abdominal oblique']],
    ['internal-oblique', 'internal oblique', I, ['obliques', 'internal abdominal oblique']],
    ['transversus-abdominis', 'transversus abdominis', D, ['TVA', 'transverse abdominis']],
    ['iliopsoas', 'iliopsoas', D, ['psoas', 'iliacus', 'hip flexor', 'psoas major']],
  ],
  'upper-arm': [
    ['biceps-brachii', 'biceps brachii', S, ['biceps', 'bi\'s']],
    ['brachialis', 'brachialis', I, []],
    ['coracobrachialis', 'coracobrachialis', I, []],
    ['triceps-brachii', 'triceps brachii', S, ['triceps', 'tri\'s']],
  ],
  forearm: [
    ['brachioradialis', 'brachioradialis', S, ['BR', 'mobile wad']],
    ['wrist-extensors', 'wrist extensors', S, ['extensor carpi radialis', 'ECRL', 'ECRB', 'extensor carpi ulnaris', 'tennis elbow']],
    ['finger-extensors', 'finger extensors', S, ['extensor digitorum', 'EDC']],
    ['wrist-flexors', 'wrist flexors', S, ['flexor carpi radialis', 'flexor carpi ulnaris', 'FCR', 'FCU', 'golfer\'s elbow']],
    ['finger-flexors', 'finger flexors', I, ['flexor digitorum superficialis', 'FDS', 'flexor digitorum profundus']],
    ['pronator-teres', 'pronator teres', S, ['pronator']],
    ['supinator', 'supinator', D, []],
  ],
  hand: [
    ['thenar-muscles', 'thenar muscles', S, ['opponens pollicis', 'abductor pollicis brevis', 'thumb muscles']],
    ['adductor-pollicis', 'adductor pollicis', I, ['thumb adductor']],
    ['first-dorsal-interosseous', 'first dorsal interosseous', S, ['interossei', 'FDI']],
    ['hypothenar-muscles', 'hypothenar muscles', S, ['abductor digiti minimi', 'little finger muscles']],
  ],
  hip: [
    ['gluteus-maximus', 'gluteus maximus', S, ['glutes', 'glute max', 'buttock']],
    ['gluteus-medius', 'gluteus medius', I, ['glutes', 'glute med']],
    ['gluteus-minimus', 'gluteus minimus', D, ['glutes', 'glute min']],
    ['piriformis', 'piriformis', D, ['deep rotators', 'deep six']],
    ['tensor-fasciae-latae', 'tensor fasciae latae', S, ['TFL', 'tensor fascia lata', 'IT band']],
  ],
  thigh: [
    ['sartorius', 'sartorius', S, ['tailor\'s muscle']],
    ['rectus-femoris', 'rectus femoris', S, ['quads', 'quadriceps', 'RF']],
    ['vastus-lateralis', 'vastus lateralis', S, ['quads', 'quadriceps', 'VL']],
    ['vastus-medialis', 'vastus medialis', S, ['quads', 'quadriceps', 'VMO', 'teardrop']],
    ['vastus-intermedius', 'vastus intermedius', D, ['quads', 'quadriceps']],
    ['biceps-femoris', 'biceps femoris', S, ['hamstrings', 'hammies', 'lateral hamstring']],
    ['semitendinosus', 'semitendinosus', S, ['hamstrings', 'medial hamstring']],
    ['semimembranosus', 'semimembranosus', I, ['hamstrings', 'medial hamstring']],
    ['adductor-longus', 'adductor longus', S, ['adductors', 'groin']],
    ['adductor-magnus', 'adductor magnus', I, ['adductors', 'groin']],
    ['gracilis', 'gracilis', S, ['adductors', 'groin']],
    ['pectineus', 'pectineus', I, ['adductors', 'groin']],
  ],
  'lower-leg': [
    ['gastrocnemius', 'gastrocnemius', S, ['calf', 'gastroc', 'calves']],
    ['soleus', 'soleus', I, ['calf', 'calves']],
    ['tibialis-anterior', 'tibialis anterior', S, ['TA', 'shin muscle', 'anterior tibialis']],
    ['fibularis-longus', 'fibularis longus', S, ['peroneus longus', 'peroneals', 'fibularis']],
    ['fibularis-brevis', 'fibularis brevis', I, ['peroneus brevis', 'peroneals', 'fibularis']],
    ['extensor-digitorum-longus', 'extensor digitorum longus', S, ['EDL', 'toe extensors']],
    ['extensor-hallucis-longus', 'extensor hallucis longus', I, ['EHL', 'big toe extensor']],
    ['tibialis-posterior', 'tibialis posterior', D, ['posterior tibialis', 'TP']],
    ['flexor-digitorum-longus', 'flexor digitorum longus', D, ['FDL', 'long toe flexor']],
    ['popliteus', 'popliteus', D, []],
  ],
  foot: [
    ['abductor-hallucis', 'abductor hallucis', S, ['plantar intrinsics', 'arch muscle']],
    ['flexor-digitorum-brevis', 'flexor digitorum brevis', S, ['plantar intrinsics', 'FDB', 'sole']],
    ['quadratus-plantae', 'quadratus plantae', D, ['plantar intrinsics', 'flexor accessorius']],
    ['abductor-digiti-minimi-foot', 'abductor digiti minimi (foot)', S, ['plantar intrinsics', 'ADM']],
    ['extensor-digitorum-brevis', 'extensor digitorum brevis', S, ['EDB', 'dorsal foot']],
  ],
};

export const MUSCLES: readonly MuscleInfo[] = Object.entries(TABLE).flatMap(([region, rows]) =>
  rows.map(([id, name, layer, aliases = []]) => ({ id, name, region: region as BodyRegionId, layer, aliases })),
);

const byId = new Map(MUSCLES.map((m) => [m.id, m]));

export function getMuscle(id: string): MuscleInfo | undefined {
  return byId.get(id);
}

export function isMuscleId(id: string): boolean {
  return byId.has(id);
}
