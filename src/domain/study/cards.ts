/**
 * Flashcards generated from a content pack. Ids are built only from muscle and trigger-point ids,
 * so a saved schedule follows its card across app versions and pack edits that keep the ids.
 */
import { asSentence, displayName, formatHold, holdKey, regionList } from './cardText';
import type { CardKind, StudyCard, StudyHold, StudyMuscle, StudyPack } from './types';

export function cardId(kind: CardKind, muscleId: string, triggerPointId?: string): string {
  return triggerPointId === undefined ? `${kind}:${muscleId}` : `${kind}:${muscleId}:${triggerPointId}`;
}

/** The distinct holds (minimum, maximum, repetitions) of a muscle's trigger points, in order. */
export function muscleHolds(m: StudyMuscle): StudyHold[] {
  const seen = new Map<string, StudyHold>();
  for (const t of m.triggerPoints) if (!seen.has(holdKey(t.hold))) seen.set(holdKey(t.hold), t.hold);
  return [...seen.values()];
}

function muscleCards(pack: StudyPack, m: StudyMuscle): StudyCard[] {
  const name = displayName(m.name);
  const base = { muscleId: m.id, region: m.region };
  const cards: StudyCard[] = [];
  const several = m.triggerPoints.length > 1;
  for (const t of m.triggerPoints) {
    const where = regionList(pack, t.regions);
    cards.push(
      {
        ...base,
        id: cardId('pattern-to-muscle', m.id, t.id),
        kind: 'pattern-to-muscle',
        triggerPointId: t.id,
        front: `Which muscle has a trigger point that refers pain to the ${where}?`,
        back: `${name}. ${t.symptoms}`,
      },
      {
        ...base,
        id: cardId('muscle-to-pattern', m.id, t.id),
        kind: 'muscle-to-pattern',
        triggerPointId: t.id,
        // Several trigger points: name the one meant by where it lies (the pattern is the answer).
        front: several
          ? `Where does this ${m.name} trigger point refer pain? ${asSentence(t.location)}`
          : `Where does the ${m.name} trigger point refer pain?`,
        back: `It refers to the ${where}. ${t.symptoms}`,
      },
      {
        ...base,
        id: cardId('locate', m.id, t.id),
        kind: 'locate',
        triggerPointId: t.id,
        // Several trigger points: name the one meant by its pattern (the location is the answer).
        front: several
          ? `Where is the ${m.name} trigger point that refers pain to the ${where}?`
          : `Where is the ${m.name} trigger point?`,
        back: t.location,
      },
    );
  }
  const holds = muscleHolds(m);
  if (holds.length > 0) {
    cards.push({
      ...base,
      id: cardId('hold', m.id),
      kind: 'hold',
      front: `How long, and how often, do you hold sustained pressure on a trigger point in the ${m.name}?`,
      back: holds.map(formatHold).join('; or '),
    });
  }
  const techniques = m.techniques.flatMap((id) => pack.techniques.filter((t) => t.id === id));
  if (techniques.length > 0) {
    cards.push({
      ...base,
      id: cardId('techniques', m.id),
      kind: 'techniques',
      front: `Which techniques does the pack suggest for the ${m.name}?`,
      back: techniques.map((t) => t.name).join('; '),
    });
  }
  const precautions = m.precautions.ids.flatMap((id) => pack.precautions.filter((p) => p.id === id));
  if (precautions.length > 0) {
    cards.push({
      ...base,
      id: cardId('precautions', m.id),
      kind: 'precautions',
      front: `Which precautions does the pack list for the ${m.name}?`,
      back: [...precautions.map((p) => p.name), ...m.precautions.notes].join('; '),
    });
  }
  return cards;
}

/**
 * All cards of a pack, muscle by muscle in pack order: per trigger point pattern → muscle,
 * muscle → pattern (draw) and locate; per muscle hold, techniques and precautions when the pack
 * has them (techniques and precautions only when at least one listed id exists in the pack).
 */
export function buildCards(pack: StudyPack): StudyCard[] {
  return pack.muscles.flatMap((m) => muscleCards(pack, m));
}
