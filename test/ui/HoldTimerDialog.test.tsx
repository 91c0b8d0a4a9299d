// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/state/store';
import { HoldTimerDialog } from '../../src/ui/HoldTimerDialog';
import { fixturePack } from '../fixtures/packs/loadFixture';
import { click, key, renderInto, type Rendered } from './renderInto';

let r: Rendered;
const dialog = () => document.querySelector('dialog');
const button = (name: string) => [...document.querySelectorAll('dialog button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance', 'Date'] });
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.getState().setCorePack(fixturePack('short-holds.json'));
  r = renderInto(<HoldTimerDialog />);
});
afterEach(() => {
  r.unmount();
  vi.useRealTimers();
});

const open = () => act(() => useAppStore.getState().openTimer({ muscleId: 'upper-trapezius', side: 'r', triggerPointId: 'tp1' }));

describe('HoldTimerDialog', () => {
  it('is a labelled modal dialog with the target band, stop reasons, and focus on Begin', () => {
    expect(dialog()).toBeNull();
    open();
    const d = dialog()!;
    expect(d.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(d.getAttribute('aria-labelledby')!)!.textContent).toBe('Hold: Right upper trapezius, trigger point 1');
    expect(d.textContent).toContain('target 0:05–0:06');
    for (const reason of ['sharp, electric or radiating pain', 'numbness or tingling', 'pain above 7 out of 10']) expect(d.textContent).toContain(reason);
    expect(document.activeElement?.textContent).toBe('Begin');
  });

  it('runs build-up → hold → release → rest → hold → done and logs each hold', () => {
    open();
    click(button('Begin')!);
    expect(dialog()!.textContent).toContain('Build up pressure slowly');
    advance(3200);
    expect(dialog()!.textContent).toContain('Hold steady');
    advance(5000);
    expect(dialog()!.textContent).toContain('In the target band');
    advance(1000);
    expect(dialog()!.textContent).toContain('Release slowly');
    expect(useAppStore.getState().holdLog).toHaveLength(1);
    advance(3000 + 5000);
    expect(dialog()!.textContent).toContain('Hold 2 of 2');
    advance(3000 + 6000 + 3000 + 400);
    expect(dialog()!.textContent).toContain('Done');
    const log = useAppStore.getState().holdLog;
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ muscleId: 'upper-trapezius', side: 'r', triggerPointId: 'tp1' });
    expect(log[0]!.seconds).toBeCloseTo(6, 0);
    expect(document.activeElement?.textContent).toBe('Close');
    key(dialog()!, 'Escape');
    expect(useAppStore.getState().timer).toBeNull();
  });

  it('Space on the dialog pauses and resumes; Escape stops with the reason shown', () => {
    open();
    click(button('Begin')!);
    advance(4000);
    key(dialog()!, ' ');
    expect(button('Resume')).toBeDefined();
    const shown = dialog()!.querySelector('.timer-elapsed')!.textContent;
    advance(10_000);
    expect(dialog()!.querySelector('.timer-elapsed')!.textContent).toBe(shown);
    key(dialog()!, ' ');
    expect(button('Pause')).toBeDefined();
    key(dialog()!, 'Escape');
    expect(dialog()!.textContent).toContain('Stopped');
    expect(dialog()!.textContent).toContain('stopped with Escape');
    expect(useAppStore.getState().holdLog).toHaveLength(0);
    expect(useAppStore.getState().timer).not.toBeNull();
  });

  it('the beep preference is off by default and remembered in the store', () => {
    open();
    const box = dialog()!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(false);
    click(box);
    expect(useAppStore.getState().audioCue).toBe(true);
  });
});
