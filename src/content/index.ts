/** The content pack: schema, versions, reading, merging and checking packs. */
export * from './schema';
export * from './packIssue';
export * from './migrations';
export * from './loadPack';
export * from './crossRefs';
export * from './mergePacks';
export * from './lintPack';
export * from './packStats';
export * from './matchRegion';
