export * from './types';
export * from './resolveAnchor';
export * from './resolveZone';
export * from './zoneDistance';
export * from './paintWeights';
export * from './rankSourceMuscles';
export * from './landmarkLookup';
export * from './placeZones';
