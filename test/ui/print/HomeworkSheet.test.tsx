// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../../../src/content/schema';
import { useAppStore } from '../../../src/state/store';
import { registerSnapshotter, type SnapshotRequest } from '../../../src/ui/bodySnapshots';
import { HomeworkSheet } from '../../../src/ui/print/HomeworkSheet';
import { fixturePack } from '../../fixtures/packs/loadFixture';
import { click, renderInto, typeInto, type Rendered } from '../renderInto';

let r: Rendered | undefined;
let requests: SnapshotRequest[];
const text = () => r!.container.textContent ?? '';
const PNG = (view: string) => `data:image/png;base64,${btoa(view)}`;

/** A pack with a general red flag added (the fixture has none). */
function packWithRedFlag(): Pack {
  const p = fixturePack();
  return { ...p, precautions: [...p.precautions, { id: 'red-flag-chest-pain', name: 'Chest pain', description: 'Call the emergency number.', action: 'refer', sources: p.precautions[0]!.sources }] };
}

async function flush() {
  await act(async () => {
    await new Promise((res) => setTimeout(res, 0));
  });
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  requests = [];
  registerSnapshotter(async (req) => {
    requests.push(req);
    return req.views.map(PNG);
  });
});
afterEach(() => {
  r?.unmount();
  r = undefined;
  registerSnapshotter(null);
  vi.restoreAllMocks();
});

describe('the homework sheet', () => {
  it('without a choice: says where to choose muscles, with links', () => {
    r = renderInto(<HomeworkSheet />);
    expect(text()).toContain("Choose muscles in the pain finder or a muscle's panel first");
    const hrefs = [...r.container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['#/find', '#/explore']));
    expect(r.container.querySelector('.homework-sheet')).toBeNull();
  });

  it('one trigger point: name, where it hurts, pictures, exercises, hold, precautions, notes, date, disclaimer, sources', async () => {
    act(() => {
      useAppStore.getState().setCorePack(packWithRedFlag());
      useAppStore.getState().setHomework([{ muscleId: 'upper-trapezius', side: 'r', triggerPointId: 'tp1' }], 'find');
    });
    r = renderInto(<HomeworkSheet />);
    expect(text()).toContain('Drawing the body pictures…');
    await flush();
    expect(text()).not.toContain('Drawing the body pictures…');
    const sheet = r.container.querySelector('.homework-sheet')!;
    const t = sheet.textContent ?? '';
    for (const want of [
      'Self-care homework',
      new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' }),
      'Client',
      'Therapist',
      'Right upper trapezius',
      'This is the muscle along the top of the shoulder.',
      'on the right side.',
      'tension-type headache',
      'Solid red: main pain area',
      'Dotted: where it may spread',
      'X: trigger point',
      'Upper trapezius stretch',
      'Hold 30 s, 3 times, twice a day.',
      'If your therapist showed you self-pressure: press gently for 30–90 s, up to 3 times',
      'carotid artery',
      'Blood-thinning medication: if this applies to you, go gently',
      'When to see a doctor instead',
      'Chest pain',
      "Therapist's notes",
      'Next appointment',
      'Educational, not a diagnosis.',
      'Simons DG, Travell JG, Simons LS (1999).',
    ])
      expect(t).toContain(want);
    // Pictures: the scene was asked for this muscle's one trigger point, front and back.
    expect(requests).toHaveLength(1);
    expect(requests[0]!.patterns).toEqual([{ muscleId: 'upper-trapezius', side: 'r', triggerPointId: 'tp1' }]);
    expect(requests[0]!.views).toEqual(['front', 'back']);
    const imgs = [...sheet.querySelectorAll('.sheet-pictures img')];
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual([PNG('front'), PNG('back')]);
    expect(imgs.every((i) => /right upper trapezius/.test(i.getAttribute('alt') ?? ''))).toBe(true);
    // No <details>: everything is expanded for paper.
    expect(sheet.querySelector('details')).toBeNull();
  });

  it('all trigger points of a muscle (from Explore): every symptom, the widest hold, Back to the muscle', async () => {
    act(() => {
      useAppStore.getState().setCorePack(fixturePack());
      useAppStore.getState().setHomework([{ muscleId: 'upper-trapezius', side: 'l', triggerPointId: null }], 'explore');
    });
    r = renderInto(<HomeworkSheet />);
    await flush();
    const pack = fixturePack();
    const m = pack.muscles.find((x) => x.id === 'upper-trapezius')!;
    for (const t of m.triggerPoints) expect(text()).toContain(t.symptoms);
    const lo = Math.min(...m.triggerPoints.map((t) => t.hold.minSeconds));
    const hi = Math.max(...m.triggerPoints.map((t) => t.hold.maxSeconds));
    expect(text()).toContain(`press gently for ${lo}–${hi} s`);
    expect(text()).toContain('on the left side');
    expect(r.container.querySelector('a[href="#/explore/upper-trapezius/l"]')?.textContent).toBe('Back');
    expect(requests[0]!.patterns[0]!.triggerPointId).toBeNull();
    // No red flags in this pack: no empty section.
    expect(text()).not.toContain('When to see a doctor');
  });

  it('an unticked exercise is marked not to print; ticking it again brings it back', async () => {
    act(() => {
      useAppStore.getState().setCorePack(fixturePack());
      useAppStore.getState().setHomework([{ muscleId: 'upper-trapezius', side: 'r', triggerPointId: 'tp1' }], 'find');
    });
    r = renderInto(<HomeworkSheet />);
    await flush();
    const box = r.container.querySelector<HTMLInputElement>('.sheet-exercise input[type=checkbox]')!;
    const ex = () => r!.container.querySelector('.sheet-exercise')!;
    expect(ex().getAttribute('data-included')).toBe('true');
    click(box);
    expect(ex().getAttribute('data-included')).toBe('false');
    expect(ex().classList.contains('sheet-excluded')).toBe(true);
    click(box);
    expect(ex().getAttribute('data-included')).toBe('true');
  });

  it('an exercise several muscles share is printed once, in full under the first; the others point to it', async () => {
    // The fixture's gluteus medius gets the upper trapezius stretch too (a shared exercise).
    const base = fixturePack();
    const shared = base.muscles.find((m) => m.id === 'upper-trapezius')!.exercises[0]!;
    const pack = { ...base, muscles: base.muscles.map((m) => (m.id === 'gluteus-medius' ? { ...m, exercises: [shared, ...m.exercises] } : m)) };
    const name = pack.exercises.find((x) => x.id === shared)!.name;
    act(() => {
      useAppStore.getState().setCorePack(pack);
      useAppStore.getState().setHomework(
        [
          { muscleId: 'upper-trapezius', side: 'r', triggerPointId: null },
          { muscleId: 'gluteus-medius', side: 'r', triggerPointId: null },
        ],
        'find',
      );
    });
    r = renderInto(<HomeworkSheet />);
    await flush();
    const headings = () => [...r!.container.querySelectorAll('.sheet-exercise h5')].map((h) => h.textContent);
    const pointers = () => [...r!.container.querySelectorAll('.sheet-above li')].map((li) => li.textContent);
    expect(headings().filter((h) => h === name)).toHaveLength(1);
    const items = [...r.container.querySelectorAll('.sheet-item')];
    expect(items[0]!.querySelector('.sheet-exercise h5')?.textContent).toBe(name);
    expect(pointers()).toEqual([`“${name}”: see above, under Right upper trapezius.`]);
    expect(items[1]!.querySelector('.sheet-above')).not.toBeNull();
    // Unticked, it is printed nowhere: no pointer to it either.
    click(r.container.querySelector<HTMLInputElement>('.sheet-exercise input[type=checkbox]')!);
    expect(pointers()).toEqual([]);
    expect(r.container.querySelector('.sheet-exercise')!.getAttribute('data-included')).toBe('false');
  });

  it('typed names and notes are what the paper shows; Print calls the browser print', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    act(() => {
      useAppStore.getState().setCorePack(fixturePack());
      useAppStore.getState().setHomework([{ muscleId: 'gluteus-medius', side: 'r', triggerPointId: null }], 'find');
    });
    r = renderInto(<HomeworkSheet />);
    await flush();
    const input = [...r.container.querySelectorAll('label')].find((l) => l.textContent === 'Client')!.control as HTMLInputElement;
    typeInto(input, 'Alex Example');
    expect(input.closest('.sheet-fill')!.querySelector('.print-only')!.textContent).toBe('Alex Example');
    click([...r.container.querySelectorAll('button')].find((b) => b.textContent === 'Print / Save as PDF')!);
    expect(print).toHaveBeenCalledTimes(1);
    expect(r.container.querySelector('.sheet-toolbar')!.classList.contains('screen-only')).toBe(true);
  });

  it('without WebGL: says there are no pictures and does not wait for the body', async () => {
    registerSnapshotter(null);
    act(() => {
      useAppStore.getState().setWebGL('unavailable');
      useAppStore.getState().setCorePack(fixturePack());
      useAppStore.getState().setHomework([{ muscleId: 'upper-trapezius', side: 'r', triggerPointId: 'tp1' }], 'find');
    });
    r = renderInto(<HomeworkSheet />);
    await flush();
    expect(text()).toContain('No body pictures');
    expect(text()).not.toContain('Drawing the body pictures');
    expect(text()).toContain('Upper trapezius stretch');
  });

  it('a failing snapshot leaves the rest of the sheet printable', async () => {
    registerSnapshotter(async () => {
      throw new Error('lost the GPU');
    });
    act(() => {
      useAppStore.getState().setCorePack(fixturePack());
      useAppStore.getState().setHomework([{ muscleId: 'upper-trapezius', side: 'r', triggerPointId: 'tp1' }], 'find');
    });
    r = renderInto(<HomeworkSheet />);
    await flush();
    expect(text()).toContain('No body pictures: lost the GPU');
    expect(text()).toContain('Educational, not a diagnosis.');
  });
});
