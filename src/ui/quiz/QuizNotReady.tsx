import type { QuizQuestions } from './useQuizQuestions';

/** While a quiz is being prepared, or why it cannot be shown, with the way back. */
export function QuizNotReady({ data }: { data: Exclude<QuizQuestions, { status: 'ready' }> }) {
  return (
    <div className="panel" role={data.status === 'missing' ? 'alert' : 'status'}>
      <p>{data.message}</p>
      <a href="#/quiz">Back to the quizzes</a>
    </div>
  );
}
