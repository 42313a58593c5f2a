// A fast, well-spread 32-bit hash of a string (FNV-1a over code points, then MurmurHash3's finaliser). Not
// cryptographic: for deterministic seeds and jitter, where the same text must always give the same number.
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
