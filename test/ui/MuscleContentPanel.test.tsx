// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/state/store';
import { SelectionPanel } from '../../src/ui/SelectionPanel';
import { fixturePack } from '../fixtures/packs/loadFixture';
import { click, renderInto, type Rendered } from './renderInto';

let r: Rendered;
const text = () => r.container.textContent ?? '';
const button = (name: string) => [...r.container.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name)!;
const radio = (label: string) => [...r.container.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)!.querySelector('input')!;

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  r = renderInto(<SelectionPanel />);
});
afterEach(() => r.unmount());

describe('the selected muscle’s content', () => {
  it('says it is loading, then shows nothing for a muscle the pack lacks', () => {
    act(() => useAppStore.getState().select('masseter', 'r'));
    expect(text()).toContain('Loading trigger-point content');
    act(() => useAppStore.getState().setCorePack(fixturePack()));
    expect(text()).toContain('no trigger-point content for this muscle');
  });

  it('shows disclaimer, description, actions, TrPs in words, hold, techniques, self-care, precautions, sources', () => {
    act(() => {
      useAppStore.getState().setCorePack(fixturePack());
      useAppStore.getState().select('upper-trapezius', 'l');
    });
    for (const t of [
      'Educational, not a diagnosis.',
      'The upper fibres of the trapezius',
      'Lifts the shoulder blade',
      'Trigger point 1',
      'In the upper free border',
      'temple, back of the neck, jaw, on the left side',
      'tension-type headache',
      '30–90 s, 3 times',
      'Build up slowly to a tolerable 5–7',
      'Ischemic (sustained) compression',
      'Upper trapezius stretch',
      'Hold 30 s, 3 times, twice a day.',
      'carotid artery',
      'Blood-thinning medication',
      'Simons DG, Travell JG, Simons LS (1999).',
      'Essential zone (solid)',
      'Spillover zone (dotted)',
    ]) expect(text()).toContain(t);
    const techniques = r.container.querySelectorAll('details');
    expect(techniques.length).toBeGreaterThanOrEqual(3);
    expect(techniques[0]!.querySelector('summary')).not.toBeNull();
    // The muscle's own cautions are set apart from the general ones.
    expect(r.container.querySelector('.caution-notes')?.textContent).toContain('carotid artery');
  });

  it('a control per trigger point and one for all; Start hold opens the timer for that TrP and side', () => {
    act(() => {
      useAppStore.getState().setCorePack(fixturePack());
      useAppStore.getState().select('upper-trapezius', 'r');
    });
    click(radio('Trigger point 2 only'));
    expect(useAppStore.getState().shownTrp).toEqual({ muscleId: 'upper-trapezius', triggerPointId: 'tp2' });
    expect(radio('Trigger point 2 only').checked).toBe(true);
    click(radio('All trigger points'));
    expect(useAppStore.getState().shownTrp).toBeNull();
    click(button('Start hold for trigger point 2'));
    expect(useAppStore.getState().timer).toEqual({ muscleId: 'upper-trapezius', side: 'r', triggerPointId: 'tp2' });
  });

  it('lists the holds logged for a trigger point', () => {
    act(() => {
      useAppStore.getState().setCorePack(fixturePack());
      useAppStore.getState().select('gluteus-medius', 'r');
      useAppStore.getState().logHold({ muscleId: 'gluteus-medius', side: 'r', triggerPointId: 'tp1', seconds: 47.2, date: new Date().toISOString() });
    });
    expect(text()).toContain('Logged: 1 hold, last 0:47');
  });
});
