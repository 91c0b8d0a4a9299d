// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PERSIST_KEY } from '../../src/state/persistence';
import { buildPersonalData, personalDataToJson } from '../../src/state/persist/personalData';
import { currentPersisted } from '../../src/state/persist/personalDataActions';
import { defaultPersistedState } from '../../src/state/persist/readPersisted';
import { keepUnreadableCopy } from '../../src/state/persist/unreadableCopies';
import { useAppStore } from '../../src/state/store';
import { ContentNotices } from '../../src/ui/ContentNotices';
import { PersonalData } from '../../src/ui/PersonalData';
import { fullState, holdEntry } from '../state/persistFixtures';
import { click, renderInto, type Rendered } from './renderInto';

// Packs are parsed and stored by the app layer (IndexedDB); here only the calls matter.
const importPackText = vi.fn(async (_text: string, _source: string, _mode?: string) => true);
const savePacks = vi.fn(async (_packs: unknown[]) => true);
vi.mock('../../src/app/packActions', () => ({ importPackText: (t: string, s: string, m?: string) => importPackText(t, s, m) }));
vi.mock('../../src/app/packStorage', () => ({ savePacks: (p: unknown[]) => savePacks(p) }));

let r: Rendered;
const downloads: { name: string; blob: Blob }[] = [];
const region = () => r.container.querySelector('section[role="region"]')!;
const button = (name: string, root: ParentNode = document) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name);
const dialog = () => document.querySelector<HTMLDialogElement>('dialog');
const countOf = (label: string) => [...region().querySelectorAll('.data-counts > div')].find((d) => d.querySelector('dt')?.textContent === label)?.querySelector('dd')?.textContent;
const userPack = { id: 'my-pack', title: 'My pack', mode: 'extend' as const, source: 'my-pack.json', text: '{"id":"my-pack"}', pack: {} as never, warnings: [] };

async function chooseFile(name: string, text: string): Promise<void> {
  const input = r.container.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    for (let i = 0; i < 10; i++) await new Promise((res) => setTimeout(res, 0));
  });
}

async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 10; i++) await new Promise((res) => setTimeout(res, 0));
  });
}

beforeEach(() => {
  localStorage.clear();
  importPackText.mockClear();
  savePacks.mockClear();
  downloads.length = 0;
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:test/${blobs.size + 1}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, blob });
  });
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.setState({ ...fullState(), userPacks: [userPack] });
  r = renderInto(<PersonalData />);
});
afterEach(() => {
  r.unmount();
  vi.restoreAllMocks();
});

describe('PersonalData', () => {
  it('is a region "Your data on this device" with what is saved', () => {
    const heading = document.getElementById(region().getAttribute('aria-labelledby')!)!;
    expect(heading.textContent).toBe('Your data on this device');
    expect(countOf('Holds logged')).toBe('2');
    expect(countOf('Quizzes taken')).toBe('2 (and one in progress)');
    expect(countOf('Study cards reviewed')).toBe('1 (1 review)');
    expect(countOf('Content packs')).toBe('1');
    act(() => useAppStore.getState().logHold(holdEntry));
    expect(countOf('Holds logged')).toBe('3');
  });

  it('"Export all (JSON)" downloads one myomap-data-<date>.json with the state and the packs', async () => {
    click(button('Export all (JSON)')!);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^myomap-data-\d{4}-\d\d-\d\d\.json$/);
    const file = JSON.parse(await downloads[0]!.blob.text());
    expect(file).toMatchObject({ format: 'myomap-personal-data', version: 1, stateVersion: 2 });
    expect(file.state).toEqual(JSON.parse(JSON.stringify(fullState())));
    expect(file.packs).toEqual([{ id: 'my-pack', title: 'My pack', mode: 'extend', source: 'my-pack.json', text: '{"id":"my-pack"}' }]);
    expect(region().querySelector('[role="status"]')?.textContent).toMatch(/Exported 2 holds, 2 quiz results/);
  });

  it('a bad file: a clear message with the JSON path, and nothing changes', async () => {
    const before = currentPersisted();
    const text = personalDataToJson({ ...buildPersonalData(defaultPersistedState(), []), format: 'other' as never });
    await chooseFile('wrong.json', text);
    expect(region().querySelector('[role="alert"]')?.textContent).toBe('wrong.json format: must be "myomap-personal-data" (not a Myomap data file). Nothing was changed.');
    expect(dialog()).toBeNull();
    expect(currentPersisted()).toEqual(before);
  });

  it('import: shows what will be replaced, and replaces only on confirmation (packs loaded if ticked)', async () => {
    const incoming = { ...defaultPersistedState(), holdLog: [holdEntry], studentName: 'Bo' };
    const pack = { id: 'other', title: 'Other pack', mode: 'replace' as const, source: 'other.json', text: '{}' };
    const text = personalDataToJson(buildPersonalData(incoming, [pack]));

    await chooseFile('backup.json', text);
    expect(dialog()?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(document.getElementById(dialog()!.getAttribute('aria-labelledby')!)?.textContent).toBe('Replace your data with this file?');
    const rows = [...dialog()!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Holds logged', '2', '1'],
      ['Quizzes taken', '2 (and one in progress)', '0'],
      ['Study cards reviewed', '1 (1 review)', '0'],
      ['Content packs', '1', '1'],
    ]);
    click(button('Cancel', dialog()!)!);
    expect(dialog()).toBeNull();
    expect(currentPersisted()).toEqual(fullState());

    await chooseFile('backup.json', text);
    click(button('Replace my data', dialog()!)!);
    await settle();
    expect(currentPersisted()).toEqual(incoming);
    expect(JSON.parse(localStorage.getItem(PERSIST_KEY)!).state.studentName).toBe('Bo');
    expect(importPackText).toHaveBeenCalledWith('{}', 'other.json', 'replace');
    expect(region().querySelector('[role="status"]')?.textContent).toBe('Imported backup.json. 1 content pack loaded.');
  });

  it('import lists the parts of the file it cannot read, by path', async () => {
    const state = { ...fullState(), quizSession: { ...fullState().quizSession!, answers: [] } };
    await chooseFile('partly.json', JSON.stringify({ ...buildPersonalData(fullState(), []), state }));
    expect(dialog()?.textContent).toContain('Your saved quiz in progress could not be read. state.quizSession.answers');
    const box = dialog()!.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(box).toBeNull(); // no packs in the file, nothing to tick
  });

  it('"Reset all…" asks first; on confirmation everything saved returns to defaults, packs only when ticked', async () => {
    click(button('Reset all…')!);
    expect(dialog()?.getAttribute('role')).toBe('alertdialog');
    expect(dialog()?.textContent).toMatch(/removes from this device 2 logged holds, 2 quiz results, the quiz in progress, your study progress \(1 card\)/);
    click(button('Cancel', dialog()!)!);
    expect(currentPersisted()).toEqual(fullState());

    click(button('Reset all…')!);
    click(button('Reset all', dialog()!)!);
    await settle();
    expect(currentPersisted()).toEqual(defaultPersistedState());
    expect(localStorage.getItem(PERSIST_KEY)).toBeNull();
    expect(useAppStore.getState().userPacks).toHaveLength(1);
    expect(savePacks).not.toHaveBeenCalled();
    expect(countOf('Holds logged')).toBe('0');

    click(button('Reset all…')!);
    const tick = dialog()!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(tick.closest('label')?.textContent).toContain('Also remove my 1 content pack');
    click(tick);
    click(button('Reset all', dialog()!)!);
    await settle();
    expect(useAppStore.getState().userPacks).toEqual([]);
    expect(savePacks).toHaveBeenCalledWith([]);
  });
});

describe('ContentNotices', () => {
  it('offers the kept copy of an unreadable save as a download', async () => {
    keepUnreadableCopy('{"state": broken', new Date(Date.UTC(2026, 10, 23, 14, 5)));
    const n = renderInto(<ContentNotices />);
    act(() => useAppStore.getState().setPersistNotice('Your saved data could not be read, so Myomap started fresh.'));
    click(button('Download the unreadable copy', n.container)!);
    expect(downloads.map((d) => d.name)).toEqual(['myomap-unreadable-2026-11-23T14-05-00.000Z.json']);
    expect(await downloads[0]!.blob.text()).toBe('{"state": broken');
    n.unmount();
  });
});
