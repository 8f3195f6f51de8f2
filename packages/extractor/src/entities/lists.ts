/**
 * Lists that share a head or a tail: "布吉、横岗文体中心" → 布吉文体中心 + 横岗文体中心;
 * "罗山科技园产业集聚中心、国际创新中心" → 罗山科技园国际创新中心.
 */

import type { Candidate } from "./candidate";
import { endsWithSuffix, isSpecificHead, stopEndingAt, suffixType } from "./grammar";
import { GAZETTEER_INDEX } from "./gazetteer";

const LIST_ITEM = /^[\p{Script=Han}A-Za-z0-9]{1,6}$/u;

/**
 * Shared heads and tails of lists: "布吉、横岗文体中心" → 布吉文体中心 + 横岗文体中心;
 * "罗山科技园产业集聚中心、国际创新中心" → 罗山科技园国际创新中心. Items get the span of their own words.
 */
export function distributed(text: string, suffix: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const taken = new Uint8Array(text.length);
  for (const c of suffix) taken.fill(1, c.start, c.end);
  for (const c of suffix) {
    // shared tail: items before the candidate, separated by 、
    if (text[c.start - 1] === "、") {
      const items: { start: number; end: number }[] = [];
      let e = c.start - 1;
      while (e > 0 && text[e] === "、") {
        let s = e;
        while (s > 0 && /[\p{Script=Han}A-Za-z0-9]/u.test(text[s - 1]!) && e - s < 7) s--;
        const word = text.slice(s, e);
        if (!LIST_ITEM.test(word) || taken[s] || stopEndingAt(text, e) > 0 || endsWithSuffix(word)) break;
        // the first item may start after a verb: "推进布吉、横岗…"
        const stop = firstStopEnd(text, s, e);
        if (stop >= 0) s = stop;
        else if (s > 0 && /[\p{Script=Han}]/u.test(text[s - 1]!)) break;
        items.unshift({ start: s, end: e });
        e = s - 1;
      }
      if (items.length > 0) {
        const { length: own, place } = ownItem(c.name, items[items.length - 1]!.end - items[items.length - 1]!.start);
        const tail = c.name.slice(own);
        const itemsFit = !place || items.every((it) => isPlaceLike(text.slice(it.start, it.end)));
        if (itemsFit && tail.length >= 2 && endsWithSuffix(tail)) {
          for (const it of items) out.push({ start: it.start, end: it.end, name: text.slice(it.start, it.end) + tail, type: c.type, source: "list" });
        }
      }
    }
    // shared head: generic items after the candidate take its carrier prefix
    const prefix = carrierPrefix(c.name);
    if (prefix && text[c.end] === "、") {
      let s = c.end + 1;
      while (s < text.length) {
        let e = s;
        while (e < text.length && /[\p{Script=Han}]/u.test(text[e]!) && e - s < 12) e++;
        // the item ends at its last suffix: "国际创新中心全面动工" → 国际创新中心
        while (e - s >= 3 && !endsWithSuffix(text.slice(s, e))) e--;
        const word = text.slice(s, e);
        if (word.length < 3 || taken[s] || !endsWithSuffix(word) || isSpecificHead(word.slice(0, -2), false)) break;
        out.push({ start: s, end: e, name: prefix + word, type: c.type, source: "list" });
        if (text[e] !== "、") break;
        s = e + 1;
      }
    }
  }
  return out;
}

/** Start of the name after a stop word inside [s, e), or -1. */
function firstStopEnd(text: string, s: number, e: number): number {
  for (let p = e - 1; p > s; p--) if (stopEndingAt(text, p) > 0) return p;
  return -1;
}

/** The candidate's own list item: a leading place or X片区, else as long as its neighbour. */
function ownItem(name: string, neighbour: number): { length: number; place: boolean } {
  const area = /^[\p{Script=Han}]{1,4}?(?:片区|街道)/u.exec(name);
  if (area) return { length: area[0].length, place: true };
  for (let k = Math.min(8, name.length - 2); k >= 2; k--) {
    const g = GAZETTEER_INDEX.get(name.slice(0, k));
    if (g && g.type === "Place") return { length: k, place: true };
  }
  return { length: neighbour, place: false };
}

function isPlaceLike(word: string): boolean {
  const g = GAZETTEER_INDEX.get(word);
  return (g !== undefined && g.type === "Place") || /(?:片区|街道|社区)$/.test(word);
}

/** "罗山科技园产业集聚中心" → "罗山科技园": the carrier a name starts with, if any. */
function carrierPrefix(name: string): string | null {
  for (let i = name.length - 3; i >= 3; i--) {
    const head = name.slice(0, i);
    const t = suffixType(head);
    if ((t === "Park" || t === "Institution") && isSpecificHead(head.slice(0, -2), false)) return head;
  }
  return null;
}
