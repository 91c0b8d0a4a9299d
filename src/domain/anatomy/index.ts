export * from './types';
export * from './regions';
export * from './muscles';
export * from './names';
export * from './landmarks';
