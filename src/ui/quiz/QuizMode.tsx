import { useAppStore } from '../../state/store';
import { ClassResults } from './ClassResults';
import { QuizBuilder } from './QuizBuilder';
import { QuizList } from './QuizList';
import { QuizPresenter } from './QuizPresenter';
import { QuizTake } from './QuizTake';
import './quiz.css';

/** `#/quiz…`: the list, taking a quiz, presenter mode, the builder and class results. */
export function QuizMode() {
  const route = useAppStore((s) => s.route);
  if (route.mode !== 'quiz') return null;
  return (
    <div className="quiz-panel">
      {route.view === 'list' && <QuizList />}
      {route.view === 'take' && route.quizId && <QuizTake key={`${route.quizId}:${route.seed ?? ''}`} quizId={route.quizId} seed={route.seed} />}
      {route.view === 'present' && route.quizId && <QuizPresenter key={`${route.quizId}:${route.seed ?? ''}`} quizId={route.quizId} seed={route.seed} />}
      {route.view === 'build' && <QuizBuilder />}
      {route.view === 'class' && <ClassResults />}
    </div>
  );
}
