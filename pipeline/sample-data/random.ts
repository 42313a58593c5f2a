// Seeded randomness. Every purpose (and year) gets its own stream derived from the seed, so changing how
// one part of the generator draws numbers does not shift the numbers of another part.
import { hash32 } from '../util/hash32.ts';
import { randomLcg, randomNormal } from 'd3-random';

export interface Rng {
  /** Uniform on [0, 1). */
  uniform: () => number;
  /** Normal with the given mean and standard deviation. */
  normal(mu?: number, sigma?: number): number;
  /** Whole number in 0..n−1. */
  int(n: number): number;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  pick<T>(items: readonly T[]): T;
}

/** A well-spread 32-bit seed from the parts (pipeline/util/hash32.ts). */
export function hashSeed(parts: readonly (string | number)[]): number {
  return hash32(parts.join('\u0001'));
}

export function rngFor(seed: number, ...parts: (string | number)[]): Rng {
  const source = randomLcg(hashSeed([seed, ...parts]) / 0x100000000);
  const standardNormal = randomNormal.source(source)(0, 1);
  const int = (n: number) => Math.min(n - 1, Math.floor(source() * n));
  return {
    uniform: source,
    normal: (mu = 0, sigma = 1) => mu + sigma * standardNormal(),
    int,
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)]!;
    },
  };
}
