export { cachedStage } from './stage-cache.ts';
export type { StageCache, CachedResult } from './stage-cache.ts';
export { hashParts, stableJson } from './hash.ts';
export type { KeyPart } from './hash.ts';
