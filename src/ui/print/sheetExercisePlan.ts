import type { Exercise, Pack } from '../../content/schema';
import type { HomeworkItem } from '../../state/homeworkSlice';
import { sidedLabel } from '../muscleLabels';
import { exercisesFor, muscleContent } from '../packLookup';

/** One sheet item's exercises: printed in full here, or already printed under an earlier muscle. */
export interface ItemExercises {
  full: Exercise[];
  shownAbove: Array<{ exercise: Exercise; under: string }>;
}

/**
 * Where each exercise goes on the sheet: in full under the first muscle that lists it, and as a
 * one-line "see above" under any later one (several muscles often share a stretch), so the paper
 * never prints the same exercise twice. Items are keyed by `key`.
 */
export function planSheetExercises(pack: Pack, items: readonly HomeworkItem[], key: (item: HomeworkItem) => string): Map<string, ItemExercises> {
  const plan = new Map<string, ItemExercises>();
  const printedUnder = new Map<string, string>();
  for (const item of items) {
    const muscle = muscleContent(pack, item.muscleId);
    const mine: ItemExercises = { full: [], shownAbove: [] };
    for (const exercise of muscle ? exercisesFor(pack, muscle) : []) {
      const under = printedUnder.get(exercise.id);
      if (under === undefined) {
        printedUnder.set(exercise.id, sidedLabel(item.muscleId, item.side));
        mine.full.push(exercise);
      } else mine.shownAbove.push({ exercise, under });
    }
    plan.set(key(item), mine);
  }
  return plan;
}
