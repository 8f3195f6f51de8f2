/**
 * Entity recognition on cleaned text: names found by their type-giving suffix and grown leftwards
 * until a verb, function word or list separator; quoted slogans; 《titles》; metro lines and
 * counted groups ("17、22号线等一期工程"); enterprise lists ("A、B等企业"); closed-list places,
 * enterprises and indicators. Returns candidates in cleaned offsets, without overlaps.
 */

import type { Candidate } from "./candidate";
import { CONNECTIVES, WEAK_LEFT_STOPS } from "./lexicon";
import { GAZETTEER_INDEX } from "./gazetteer";
import { canonicalName } from "./names";
import {
  CLASSIFIER_AFTER_NUMBER, MAX_NAME, MAX_SWALLOW_GAP, NOT_NAME_WORDS, POLICY_STANCE, STOPS_BY_LEN, SUFFIX_MAP, SUFFIX_RE,
  WEAK_SUFFIXES, endsWithPlace, endsWithSuffix, isNameChar, isSpecificHead, startsWithPlace, stopEndingAt, suffixType,
} from "./grammar";
import { quoteAndTitleCandidates } from "./quotes";
import { countedListCandidates, distributed } from "./lists";
import { finalize } from "./finalize";

export type { Candidate } from "./candidate";
export { isSpecificHead, suffixType } from "./grammar";

/** Words that end in a stop word but are not one: "可持续" (持续). */
const PROTECTED_WORDS = ["可持续", "不断"];
/**
 * Words a stop word's last character may start: in "推进行政…" the stop is 推进, not 进行, because
 * another stop ends one character earlier; in "实行政策…" it is 实行.
 */
const OVERLAPPED_STARTS = ["行政", "行业", "行动"];

/** Whether [p, from) holds a closing quote whose opening quote lies further left. */
function openQuotesAfter(text: string, p: number, from: number): boolean {
  let depth = 0;
  for (let i = p; i < from; i++) {
    if (text[i] === "“") depth++;
    else if (text[i] === "”") depth--;
  }
  return depth < 0;
}

/** Grow a name leftwards from `from` (the suffix start); returns the start offset. */
function growLeft(text: string, from: number, floor: number): number {
  let p = from;
  while (p > floor && from - p < MAX_NAME) {
    const ch = text[p - 1];
    if (!isNameChar(ch) && !CONNECTIVES.has(ch!)) break;
    if (ch === "、" || ch === "或") break;
    // "AI办、…、总师办“四办”协同机制": a counted quote sums up the list before it
    if (ch === "“" && /^[一二三四五六七八九十两]/.test(text[p] ?? "") && isNameChar(text[p - 2])) {
      p--;
      break;
    }
    if (CONNECTIVES.has(ch!)) {
      // "A与B产业园": keep going only if A does not end like a name of its own
      const before = text.slice(Math.max(floor, p - 1 - 12), p - 1);
      if (p - 1 === floor || !isNameChar(text[p - 2])) {
        if (ch === "暨" && !endsWithSuffix(text.slice(Math.max(0, p - 13), p - 1))) p--; // 暨南大学, not "A论坛暨B论坛"
        break;
      }
      // "龙岗河及儿童公园": a river, lake or hill is a name of its own
      if (endsWithSuffix(before) || endsWithPlace(before) || /[河湖山江]$/.test(before)) break;
      // "…功能和龙岗中心城": a right part that starts with a place is a name of its own
      if (startsWithPlace(text.slice(p, from))) break;
      if (stopEndingAt(text, p - 1) > 0) {
        if (ch === "暨") p--; // "在暨南大学"
        break;
      }
      p--;
      continue;
    }
    // "积极的财政政策", "适度宽松的货币政策": a policy's stance is part of its name
    const stance = ch === "的" ? POLICY_STANCE.exec(text.slice(Math.max(floor, p - 8), p - 1)) : null;
    if (stance) {
      p -= 1 + stance[0].length;
      continue;
    }
    // inside a quote nothing ends the name: "“六个一”行动方案"
    const inQuote = openQuotesAfter(text, p, from);
    if (!inQuote && stopEndingAt(text, p) > 0 && !PROTECTED_WORDS.some((w) => text.endsWith(w, p)) && !(OVERLAPPED_STARTS.some((w) => text.startsWith(w, p - 1)) && stopEndingAt(text, p - 1) > 0)) break;
    if (!inQuote && CLASSIFIER_AFTER_NUMBER.test(text.slice(Math.max(floor, p - 4), p))) break;
    p--;
  }
  return p;
}

/** Drop a weak verb a name starts with, when the rest is still a specific name. */
function trimLeadingWeak(text: string, start: number, suffixAt: number, weak: boolean): number {
  let s = start;
  for (let again = true; again; ) {
    again = false;
    for (let k = 3; k >= 1; k--) {
      if (s + k >= suffixAt) continue;
      const word = text.slice(s, s + k);
      if ((WEAK_LEFT_STOPS.has(word) || STOPS_BY_LEN[k]?.has(word)) && isSpecificHead(text.slice(s + k, suffixAt), weak)) {
        s += k;
        again = true;
        break;
      }
    }
  }
  return s;
}

function balanceQuotes(text: string, start: number, end: number): number {
  // drop a leading closing quote or an unmatched opening quote's left context
  let s = start;
  while (s < end && (text[s] === "”" || text[s] === ")" || text[s] === "-" || text[s] === "+")) s++;
  const name = text.slice(s, end);
  const opens = (name.match(/“/g) ?? []).length;
  const closes = (name.match(/”/g) ?? []).length;
  if (closes > opens) {
    const i = name.indexOf("”");
    return s + i + 1;
  }
  return s;
}

function pushCandidate(out: Candidate[], c: Candidate): void {
  // a longer name that swallows earlier candidates replaces them
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    if (last.end <= c.start) break;
    if (last.start >= c.start && last.end <= c.end) {
      out.pop();
      continue;
    }
    if (c.start >= last.start && c.end <= last.end) return; // already covered
    // partial overlap: keep the earlier, trim the new one
    c = { ...c, start: last.end };
    if (c.end - c.start < 2) return;
    break;
  }
  out.push(c);
}

function suffixCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  SUFFIX_RE.lastIndex = 0;
  for (let m = SUFFIX_RE.exec(text); m; m = SUFFIX_RE.exec(text)) {
    const suffix = m[0];
    let end = m.index + suffix.length;
    const around = text.slice(Math.max(0, m.index - 2), end + 2);
    if (NOT_NAME_WORDS.some((w) => around.includes(w) && w.includes(suffix))) continue;
    // a one-character suffix after a number is a classifier: "25万路摄像头", "3部"
    if (suffix.length === 1 && /\d[万千百亿]?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    // a name continues when another suffix follows at once ("大学" + "城", "中心" + "城")
    const type = SUFFIX_MAP.get(suffix)!;
    // parenthesised qualifier: 香港中文大学(深圳), 大运中心(龙岗)
    if (text[end] === "(") {
      const close = text.indexOf(")", end);
      if (close > end && close - end <= 12 && !/[,。;、:]/.test(text.slice(end, close))) end = close + 1;
    }
    const phase = /^(?:[一二三四五六七八九十]期(?:工程)?)/.exec(text.slice(end, end + 5));
    if (phase) end += phase[0].length;
    const prev = out.length > 0 ? out[out.length - 1]! : null;
    // an area name may carry a longer project name: "罗山片区污水资源化利用工程"
    // and a quoted name may head a longer one: "“青年驿站+就业驿站”双站融合模式"
    const swallow =
      prev &&
      (m.index - prev.end <= MAX_SWALLOW_GAP ||
        (/(?:片区|街道)$/.test(prev.name) && m.index - prev.end <= 12) ||
        (text[prev.end] === "”" && m.index - prev.end <= 10));
    const floor = prev ? (swallow ? prev.start : prev.end) : 0;
    let start = growLeft(text, m.index, floor);
    start = balanceQuotes(text, start, end);
    const weak = WEAK_SUFFIXES.has(suffix);
    start = trimLeadingWeak(text, start, m.index, weak);
    const head = text.slice(start, m.index);
    if (!isSpecificHead(head, weak)) continue;
    let type2 = type;
    if (suffix === "项目" || suffix === "工程") {
      // "平湖智创园项目" names the park itself
      const carrier = suffixType(head);
      if ((carrier === "Park" || carrier === "Institution") && !/期$/.test(head)) {
        end = m.index;
        type2 = carrier;
      }
    }
    const raw = text.slice(start, end);
    pushCandidate(out, { start, end, name: canonicalName(raw, type2), type: type2, source: "suffix" });
    SUFFIX_RE.lastIndex = Math.max(end, m.index + suffix.length);
  }
  return out;
}

const METRO_RE =
  /(轨道(?:交通)?|地铁)?((?:\d{1,2}[、,和及与])*\d{1,2})号线((?:[东西南北]延(?:线|段)?|[一二三四五六七八九十]期(?:工程)?|支线)*)(?:等(?:[\d一二三四五六七八九十]+条(?:线路)?)?([一二三四五六七八九十]期(?:工程)?))?/g;

function metroCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  METRO_RE.lastIndex = 0;
  for (let m = METRO_RE.exec(text); m; m = METRO_RE.exec(text)) {
    const numbers = m[2]!.split(/[、,和及与]/);
    const ownPhase = m[3] ?? "";
    const groupPhase = m[4] ?? "";
    const start = m.index;
    const end = m.index + m[0].length;
    numbers.forEach((n, i) => {
      const phase = i === numbers.length - 1 ? ownPhase || groupPhase : groupPhase;
      const bare = `${n}号线${phase}`;
      const aliases = m[1] && m[1] !== "轨道" ? [bare, `${m[1]}${bare}`] : [bare];
      out.push({ start, end, name: `轨道${bare}`, type: "Project", source: "group", aliases });
    });
  }
  return out;
}

const ENTERPRISE_LIST_RE = /((?:[\p{Script=Han}A-Za-z0-9]{2,12}、)+[\p{Script=Han}A-Za-z0-9]{2,12})等(?:一批|多家|\d+家)?[^,。;\n]{0,10}?企业/gu;

function enterpriseListCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  ENTERPRISE_LIST_RE.lastIndex = 0;
  for (let m = ENTERPRISE_LIST_RE.exec(text); m; m = ENTERPRISE_LIST_RE.exec(text)) {
    let offset = m.index;
    for (const item of m[1]!.split("、")) {
      let s = offset;
      const e = offset + item.length;
      // strip a leading verb from the first item ("推动达索系统")
      for (let p = e - 1; p > s; p--) {
        if (stopEndingAt(text, p) > 0 && p - s <= 4) {
          s = p;
          break;
        }
      }
      if (e - s >= 2) out.push({ start: s, end: e, name: text.slice(s, e), type: "Enterprise", source: "list" });
      offset = e + 1;
    }
  }
  return out;
}

const GAZETTEER_RE = new RegExp(
  [...GAZETTEER_INDEX.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|"),
  "g",
);

function gazetteerCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  GAZETTEER_RE.lastIndex = 0;
  for (let m = GAZETTEER_RE.exec(text); m; m = GAZETTEER_RE.exec(text)) {
    const e = GAZETTEER_INDEX.get(m[0])!;
    out.push({ start: m.index, end: m.index + m[0].length, name: e.name, type: e.type, source: "gazetteer" });
  }
  return out;
}

/** Merge candidate lists: earlier lists win on overlap; result sorted by start. */
function mergeByPriority(textLength: number, lists: Candidate[][]): Candidate[] {
  const taken: Candidate[] = [];
  const occupied = new Uint8Array(textLength);
  for (const list of lists) {
    const accepted: Candidate[] = [];
    for (const c of list) {
      let clash = false;
      for (let i = c.start; i < c.end; i++) {
        if (occupied[i]) {
          clash = true;
          break;
        }
      }
      if (!clash) accepted.push(c);
    }
    for (const c of accepted) occupied.fill(1, c.start, c.end);
    taken.push(...accepted);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function recognize(text: string): Candidate[] {
  const metro = metroCandidates(text);
  const quotes = quoteAndTitleCandidates(text);
  const suffix = suffixCandidates(text);
  const enterprises = enterpriseListCandidates(text);
  const gazetteer = gazetteerCandidates(text);
  // longer, suffix-bearing names beat the quoted slogan they contain ("“1+12”方案")
  const suffixFirst = suffix.filter((s) => quotes.some((q) => q.start >= s.start && q.end <= s.end && s.end > q.end));
  const rest = suffix.filter((s) => !suffixFirst.includes(s));
  const lists = [...distributed(text, suffix), ...countedListCandidates(text)];
  return finalize(mergeByPriority(text.length, [metro, suffixFirst, quotes, enterprises, rest, lists, gazetteer]), text);
}
