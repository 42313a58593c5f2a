// Splitting a batch between CI runners: `--shard i/n` takes the items whose code hashes to i (1-based) of n.
// The share of an item depends on its code only, so it stays the same when other units come or go.
import { createHash } from 'node:crypto';
import { PipelineError } from '../errors.ts';

export interface Shard {
  /** 1 … count. */
  index: number;
  count: number;
}

export class ShardError extends PipelineError {
  constructor(text: string) {
    super('batch.bad-shard', `--shard takes i/n with 1 ≤ i ≤ n, e.g. 2/4; got "${text}"`);
  }
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || !Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) throw new ShardError(text);
  return { index, count };
}

/** 1-based shard of a code among `count`. */
export function shardOf(code: string, count: number): number {
  return (createHash('sha256').update(code).digest().readUInt32BE(0) % count) + 1;
}

export function inShard(code: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(code, shard.count) === shard.index;
}
