/**
 * Lists that share a head or a tail: "布吉、横岗文体中心" → 布吉文体中心 + 横岗文体中心;
 * "罗山科技园产业集聚中心、国际创新中心" → 罗山科技园国际创新中心.
 */

import type { Candidate } from "./candidate";
import { endsWithSuffix, isSpecificHead, longestSuffix, stopEndingAt, suffixType, typeOfSuffix } from "./grammar";
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
    // shared tail: items before the candidate, separated by 、 (not in a counted list "A、B、C大厦等4个项目")
    if (text[c.start - 1] === "、" && !/^等\s*[\d一二三四五六七八九十]/.test(text.slice(c.end, c.end + 3))) {
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

/**
 * The candidate's own list item: a leading place or X片区 ("横岗街道文体中心": 横岗, so the others
 * become X街道文体中心), else everything before its type-giving suffix ("安托山消防站": 安托山).
 */
function ownItem(name: string, neighbour: number): { length: number; place: boolean } {
  const area = /^[\p{Script=Han}]{1,4}?(?:片区|街道)/u.exec(name);
  if (area) return { length: area[0].endsWith("街道") ? area[0].length - 2 : area[0].length, place: true };
  for (let k = Math.min(8, name.length - 2); k >= 2; k--) {
    const g = GAZETTEER_INDEX.get(name.slice(0, k));
    if (g && g.type === "Place") return { length: k, place: true };
  }
  const suffix = longestSuffix(name);
  return { length: suffix ? name.length - suffix.length : neighbour, place: false };
}

const COUNTED_LIST_RE =
  /((?:[\p{Script=Han}A-Za-z0-9]{2,8}、)+[\p{Script=Han}A-Za-z0-9]{2,8})等\s*[\d一二三四五六七八九十]+\s*[座个所家条]\s*([\p{Script=Han}]{2,6})/gu;

/**
 * "深圳湾、后海、前海特勤等3座消防站": the items of a counted list named by the kind that follows,
 * when that kind is a type-giving suffix (消防站, 学校, 公园…). Items that are names already stay as they are.
 */
export function countedListCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  COUNTED_LIST_RE.lastIndex = 0;
  for (let m = COUNTED_LIST_RE.exec(text); m; m = COUNTED_LIST_RE.exec(text)) {
    // the kind is the longest suffix the words after the count start with: "消防站竣工" → 消防站
    let kind = "";
    for (let k = m[2]!.length; k >= 2 && !kind; k--) if (longestSuffix(m[2]!.slice(0, k)) === m[2]!.slice(0, k)) kind = m[2]!.slice(0, k);
    const type = kind ? typeOfSuffix(kind) : null;
    if (!type || type === "Program" || type === "Strategy") continue;
    let at = m.index;
    m[1]!.split("、").forEach((item, i) => {
      let s = at;
      // the first item may start after a verb: "推动深圳湾、…"
      if (i === 0) for (let p = at + item.length - 1; p > at; p--) if (stopEndingAt(text, p) > 0) { s = p; break; }
      const word = text.slice(s, at + item.length);
      // "小米国际、华强方特等10个项目": the items are the projects' names
      const name = kind === "项目" || kind === "工程" ? word : word + kind;
      if (word.length >= 2 && !endsWithSuffix(word)) out.push({ start: s, end: at + item.length, name, type, source: "list" });
      at += item.length + 1;
    });
  }
  return out;
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
