import type { AppMode } from '../../domain/appRoute';
import { ContentNotices } from '../ContentNotices';
import { FindMode } from '../find/FindMode';
import { HomeworkSheet } from '../print/HomeworkSheet';
import { QuizMode } from '../quiz/QuizMode';
import { StudyMode } from '../study/StudyMode';
import './modes.css';

function ModeContent({ mode }: { mode: AppMode }) {
  if (mode === 'quiz') return <QuizMode />;
  if (mode === 'find') return <FindMode />;
  if (mode === 'study') return <StudyMode />;
  if (mode === 'print') return <HomeworkSheet />;
  return null;
}

/**
 * The panel of a mode other than Explore (loaded as its own chunk), with the app's notices on top
 * (an unreadable save, a pack problem) so they show whichever mode the app opens in.
 */
export default function ModePanel({ mode }: { mode: AppMode }) {
  return (
    <div className="mode-panel" data-mode={mode}>
      <ContentNotices />
      <ModeContent mode={mode} />
    </div>
  );
}
