// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { buildCards, newCardState, progressByRegion, review, type CardState } from '../../../src/domain/study';
import type { RegionProgress } from '../../../src/domain/study/progressByRegion';
import { StudyProgressChart } from '../../../src/ui/study/StudyProgressChart';
import { corePack } from '../../domain/study/studyPacks';
import { renderInto, type Rendered } from '../renderInto';

let r: Rendered | undefined;
afterEach(() => r?.unmount());

const rows: RegionProgress[] = [
  { region: 'head', total: 40, seen: 20, due: 4, mastered: 10, retention: 0.874 },
  { region: 'neck', total: 10, seen: 0, due: 0, mastered: 0, retention: null },
];

const bar = (region: string, part: string) => r!.container.querySelector<SVGRectElement>(`g[data-region="${region}"] rect[data-part="${part}"]`);

describe('StudyProgressChart', () => {
  it('draws a bar per region: mastered and seen widths proportional to the counts', () => {
    r = renderInto(<StudyProgressChart rows={rows} />);
    expect(r.container.querySelectorAll('g.study-progress-row')).toHaveLength(2);
    const pct = (el: Element | null, attr: string) => parseFloat(el!.getAttribute(attr)!.replace('%', ''));
    expect(bar('head', 'mastered')!.getAttribute('width')).toMatch(/%$/);
    expect(pct(bar('head', 'mastered'), 'width')).toBeCloseTo(25); // 10 of 40
    expect(pct(bar('head', 'seen'), 'x')).toBeCloseTo(25);
    expect(pct(bar('head', 'seen'), 'width')).toBeCloseTo(25); // (20 − 10) of 40
    expect(bar('neck', 'mastered')).toBeNull();
    expect(bar('neck', 'seen')).toBeNull();
  });

  it('labels each row with the region name and its numbers, not colour alone', () => {
    r = renderInto(<StudyProgressChart rows={rows} />);
    const head = r.container.querySelector('g[data-region="head"]')!;
    expect(head.textContent).toContain('Head and jaw');
    expect(head.textContent).toContain('10 of 40 mastered · 20 seen · 4 due · recall 87 %');
    expect(r.container.querySelector('g[data-region="neck"]')!.textContent).toContain('recall not started');
    // The seen part is hatched (a pattern), not only a different colour.
    const fill = bar('head', 'seen')!.getAttribute('fill')!;
    const id = /^url\(#(.+)\)$/.exec(fill)![1]!;
    expect(r.container.querySelector(`pattern[id="${id}"]`)).not.toBeNull();
  });

  it('has an accessible name and a hidden table with the same figures', () => {
    r = renderInto(<StudyProgressChart rows={rows} regionNames={{ neck: 'Neck and throat' }} />);
    const figure = r.container.querySelector('figure')!;
    expect(document.getElementById(figure.getAttribute('aria-labelledby')!)!.textContent).toBe('Progress by region');
    const svg = r.container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toMatch(/^Progress by region/);
    const table = r.container.querySelector('table.visually-hidden')!;
    const cells = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(cells).toEqual([
      ['Head and jaw', '40', '10', '20', '4', '87 %'],
      ['Neck and throat', '10', '0', '0', '0', 'not started'],
    ]);
    expect(table.querySelector('caption')!.textContent).toBe('Progress by region');
  });

  it('renders the core pack progress with one row per body region', () => {
    const cards = buildCards(corePack());
    const now = Date.UTC(2026, 0, 1);
    const states: Record<string, CardState> = {};
    for (const c of cards.slice(0, 30)) states[c.id] = review(newCardState(now), 3, now).state;
    const progress = progressByRegion(cards, states, now);
    r = renderInto(<StudyProgressChart rows={progress} />);
    expect(r.container.querySelectorAll('g.study-progress-row')).toHaveLength(new Set(cards.map((c) => c.region)).size);
    expect(r.container.querySelectorAll('tbody tr')).toHaveLength(progress.length);
  });

  it('says so when there is nothing to chart', () => {
    r = renderInto(<StudyProgressChart rows={[]} />);
    expect(r.container.querySelector('svg')).toBeNull();
    expect(r.container.textContent).toContain('No cards to study yet.');
  });
});
