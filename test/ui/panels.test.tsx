// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/state/store';
import { LayersPanel } from '../../src/ui/LayersPanel';
import { SelectionPanel } from '../../src/ui/SelectionPanel';
import { ViewsPanel } from '../../src/ui/ViewsPanel';
import { click, renderInto, type Rendered } from './renderInto';

let r: Rendered;
const byText = (tag: string, text: string) => [...r.container.querySelectorAll<HTMLElement>(tag)].find((e) => e.textContent?.trim() === text);
const checkbox = (name: string) => [...r.container.querySelectorAll('label')].find((l) => l.textContent?.trim() === name)?.querySelector('input') as HTMLInputElement;

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  r = renderInto(
    <>
      <SelectionPanel />
      <LayersPanel />
      <ViewsPanel />
    </>,
  );
});
afterEach(() => r.unmount());

describe('SelectionPanel', () => {
  it('is a region named by its h2: the sided name, with side, layer and region', () => {
    act(() => useAppStore.getState().select('upper-trapezius', 'r'));
    const region = r.container.querySelector('section[role="region"]')!;
    const heading = document.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(heading.tagName).toBe('H2');
    expect(heading.textContent).toBe('Right upper trapezius');
    expect(region.textContent).toContain("Right (patient's right)");
    expect(region.textContent).toContain('Superficial');
    expect(region.textContent).toContain('Upper back');
    click(byText('button', 'Switch to left side')!);
    expect(useAppStore.getState().selection).toEqual({ muscleId: 'upper-trapezius', side: 'l' });
    expect(heading.isConnected ? heading.textContent : document.querySelector('h2')?.textContent).toBe('Left upper trapezius');
  });

  it('shows a polite notice for an unknown deep link', () => {
    act(() => useAppStore.getState().setRouteNotice('There is no muscle called “x”.'));
    expect(r.container.textContent).toContain('There is no muscle called');
    click(byText('button', 'Dismiss')!);
    expect(useAppStore.getState().routeNotice).toBeNull();
  });
});

describe('LayersPanel', () => {
  it('has the skin slider at 0 and the layer checkboxes ticked', () => {
    const slider = r.container.querySelector('input[type="range"]') as HTMLInputElement;
    expect(r.container.querySelector(`label[for="${slider.id}"]`)?.textContent).toBe('Skin opacity');
    expect(slider.value).toBe('0');
    for (const name of ['Superficial muscles', 'Intermediate muscles', 'Deep muscles', 'Skeleton']) expect(checkbox(name).checked).toBe(true);
    expect(checkbox('X-ray').checked).toBe(false);
    expect(byText('button', 'Isolate selection')?.hasAttribute('disabled')).toBe(true);
  });

  it('shows peeled layers as mixed; ticking one brings it back', () => {
    act(() => useAppStore.getState().select('quadratus-lumborum', 'r'));
    const sup = checkbox('Superficial muscles');
    expect(sup.indeterminate).toBe(true);
    expect(checkbox('Intermediate muscles').indeterminate).toBe(true);
    expect(checkbox('Deep muscles').indeterminate).toBe(false);
    click(sup);
    expect(useAppStore.getState().peeled).toEqual(['intermediate']);
    expect(useAppStore.getState().layers.superficial).toBe(true);
  });

  it('isolate, hide and show all act on the selection', () => {
    act(() => useAppStore.getState().select('piriformis', 'r'));
    click(byText('button', 'Isolate selection')!);
    expect(useAppStore.getState().isolated).toEqual(['muscle:piriformis:r']);
    click(byText('button', 'Hide selected')!);
    expect(useAppStore.getState().hidden).toEqual(['muscle:piriformis:r']);
    click(byText('button', 'Show all')!);
    expect(useAppStore.getState().hidden).toEqual([]);
  });
});

describe('ViewsPanel', () => {
  it('has the preset buttons; Left/Right say which side of the patient they show', () => {
    for (const name of ['Front', 'Back', 'Left', 'Right', 'Top', 'Reset view']) expect(byText('button', name)).toBeDefined();
    expect(byText('button', 'Left')?.title).toMatch(/patient's left/);
    expect(byText('button', 'Right')?.title).toMatch(/patient's right/);
    click(byText('button', 'Back')!);
    expect(useAppStore.getState().viewRequest).toMatchObject({ view: 'back', animate: true });
  });
});
