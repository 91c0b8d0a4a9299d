import type { AppMode } from '../../domain/appRoute';
import { FindMode } from '../find/FindMode';
import { HomeworkSheet } from '../print/HomeworkSheet';
import { QuizMode } from '../quiz/QuizMode';
import { StudyMode } from '../study/StudyMode';
import './modes.css';

/** The panel of a mode other than Explore (loaded as its own chunk). */
export default function ModePanel({ mode }: { mode: AppMode }) {
  if (mode === 'quiz') return <QuizMode />;
  if (mode === 'find') return <FindMode />;
  if (mode === 'study') return <StudyMode />;
  if (mode === 'print') return <HomeworkSheet />;
  return null;
}
