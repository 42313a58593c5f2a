import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../pipeline/batch/index.ts';

const codes = Array.from({ length: 400 }, (_, i) => String(1000 + i * 7).padStart(4, '0'));

describe('shards', () => {
  it('split the codes into a partition: every code in exactly one shard', () => {
    for (const count of [1, 2, 3, 4, 7]) {
      const owners = codes.map((c) => Array.from({ length: count }, (_, i) => i + 1).filter((index) => inShard(c, { index, count })));
      expect(owners.every((o) => o.length === 1)).toBe(true);
      const sizes = Array.from({ length: count }, (_, i) => owners.filter((o) => o[0] === i + 1).length);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(codes.length);
      // Roughly even: no shard empty, none with more than twice its share.
      expect(Math.min(...sizes)).toBeGreaterThan(0);
      expect(Math.max(...sizes)).toBeLessThan((2 * codes.length) / count);
    }
  });

  it('gives a code the same shard whatever other codes exist', () => {
    expect(shardOf('4601', 4)).toBe(shardOf('4601', 4));
    expect(inShard('4601', undefined)).toBe(true);
  });

  it('parses i/n and rejects anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '2', '2/0', 'a/b', '-1/3', '1/2/3']) expect(() => parseShard(bad), bad).toThrow(/--shard takes i\/n/);
  });
});
