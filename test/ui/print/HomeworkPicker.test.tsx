// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RankedMuscle } from '../../../src/domain/referral';
import { useAppStore } from '../../../src/state/store';
import { HomeworkPicker } from '../../../src/ui/find/HomeworkPicker';
import { MuscleContentPanel } from '../../../src/ui/MuscleContentPanel';
import { fixturePack } from '../../fixtures/packs/loadFixture';
import { click, renderInto, type Rendered } from '../renderInto';

let r: Rendered | undefined;
const result = (muscle: string, side: 'l' | 'r', triggerPoint: string): RankedMuscle => ({ muscle, name: muscle, side, score: 1, zone: 'essential', triggerPoint, matches: [] });
const results = [result('temporalis', 'r', 'temporalis-1'), result('masseter', 'r', 'masseter-2'), result('upper-trapezius', 'r', 'tp1'), result('sternocleidomastoid', 'r', 'scm-1'), result('upper-trapezius', 'l', 'tp1')];
const boxes = () => [...r!.container.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const button = (name: string) => [...r!.container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  window.location.hash = '#/find';
});
afterEach(() => {
  r?.unmount();
  r = undefined;
});

describe('choosing pain-finder results for the homework sheet', () => {
  it('ticks the top three; printing puts the ticked ones (side and trigger point) on the sheet and opens it', () => {
    r = renderInto(<HomeworkPicker results={results} />);
    expect(boxes().map((b) => b.checked)).toEqual([true, true, true, false, false]);
    expect(r.container.textContent).toContain('Add right temporalis to homework');
    click(boxes()[1]!); // untick the masseter
    click(boxes()[4]!); // tick the left upper trapezius
    click(button('Print / Save as PDF…'));
    expect(useAppStore.getState().homework).toEqual({
      from: 'find',
      items: [
        { muscleId: 'temporalis', side: 'r', triggerPointId: 'temporalis-1' },
        { muscleId: 'upper-trapezius', side: 'r', triggerPointId: 'tp1' },
        { muscleId: 'upper-trapezius', side: 'l', triggerPointId: 'tp1' },
      ],
    });
    expect(window.location.hash).toBe('#/print');
  });

  it('nothing ticked: the button is disabled; no results: nothing shown', () => {
    r = renderInto(<HomeworkPicker results={results.slice(0, 2)} />);
    for (const b of boxes()) click(b);
    expect(button('Print / Save as PDF…').disabled).toBe(true);
    r.unmount();
    r = renderInto(<HomeworkPicker results={[]} />);
    expect(r.container.innerHTML).toBe('');
  });
});

describe('Print homework sheet in a muscle’s panel', () => {
  it('puts the muscle and side on the sheet: all trigger points, or the one shown alone', () => {
    act(() => useAppStore.getState().setCorePack(fixturePack()));
    r = renderInto(<MuscleContentPanel muscleId="upper-trapezius" side="l" />);
    click(button('Print homework sheet'));
    expect(useAppStore.getState().homework).toEqual({ from: 'explore', items: [{ muscleId: 'upper-trapezius', side: 'l', triggerPointId: null }] });
    expect(window.location.hash).toBe('#/print');
    act(() => useAppStore.getState().showTriggerPoint('upper-trapezius', 'tp2'));
    click(button('Print homework sheet'));
    expect(useAppStore.getState().homework?.items[0]?.triggerPointId).toBe('tp2');
  });
});
