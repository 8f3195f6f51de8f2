/**
 * Seeded pseudo-random numbers for deterministic layouts: mulberry32, and a 32-bit string hash
 * (FNV-1a) to derive per-node streams from a seed.
 */

export type Random = () => number;

/** mulberry32: a small, fast PRNG; the same seed gives the same sequence in [0, 1). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string (UTF-16 code units), as an unsigned 32-bit integer. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
