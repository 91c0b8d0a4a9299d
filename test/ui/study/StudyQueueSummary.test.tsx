// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StudyQueueSummary } from '../../../src/ui/study/StudyQueueSummary';
import { click, renderInto, type Rendered } from '../renderInto';

let r: Rendered | undefined;
afterEach(() => r?.unmount());

describe('StudyQueueSummary', () => {
  it('shows the counts in one line and starts the session', () => {
    const onStart = vi.fn();
    r = renderInto(<StudyQueueSummary counts={{ due: 12, new: 5, learning: 3 }} onStart={onStart} />);
    expect(r.container.querySelector('.study-queue-counts')!.textContent).toBe('12 due · 5 new · 3 learning');
    const section = r.container.querySelector('section')!;
    expect(document.getElementById(section.getAttribute('aria-labelledby')!)!.textContent).toBe('Today');
    const button = r.container.querySelector('button')!;
    expect(button.textContent).toBe('Start studying');
    click(button);
    expect(onStart).toHaveBeenCalledTimes(1);
  });

  it('says when nothing is left and offers no start button', () => {
    r = renderInto(<StudyQueueSummary counts={{ due: 0, new: 0, learning: 0 }} onStart={() => {}} startLabel="Go" />);
    expect(r.container.querySelector('button')).toBeNull();
    expect(r.container.textContent).toContain('Nothing left for today');
  });

  it('uses the given button label', () => {
    r = renderInto(<StudyQueueSummary counts={{ due: 0, new: 1, learning: 0 }} onStart={() => {}} startLabel="Study 1 card" />);
    expect(r.container.querySelector('button')!.textContent).toBe('Study 1 card');
  });
});
