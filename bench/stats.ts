/**
 * Small helpers shared by the benchmark suites: median, rounding, number formatting.
 */

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
export const int = (x: number): string => Math.round(x).toLocaleString("en-US");
