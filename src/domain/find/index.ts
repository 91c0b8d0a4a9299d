export * from './explain';
export * from './layDescription';
export * from './rankEitherSide';
export * from './redFlags';
