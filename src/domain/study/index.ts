/** Study mode: flashcards from the pack, FSRS scheduling, the daily queue and progress. */
export * from './types';
export * from './cards';
export * from './toQuestion';
export * from './schedule';
export * from './queue';
export * from './progressByRegion';
export * from './nextStudyCard';
