/**
 * The pinyin converter for the search index, from pinyin-pro, loaded on demand (its dictionary is
 * the largest part of the bundle, and the first screen does not need it).
 */

import type { ToPinyin } from "./search";

export async function loadPinyin(): Promise<ToPinyin> {
  const { pinyin } = await import("pinyin-pro");
  return (text) => pinyin(text, { toneType: "none", type: "array", v: true });
}
