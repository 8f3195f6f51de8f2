/**
 * Entity recognition on cleaned text: names found by their type-giving suffix and grown leftwards
 * until a verb, function word or list separator; quoted slogans; 《titles》; metro lines and
 * counted groups ("17、22号线等一期工程"); enterprise lists ("A、B等企业"); closed-list places,
 * enterprises and indicators. Returns candidates in cleaned offsets, without overlaps.
 */

import { retype } from "./retype";
import type { EntityType } from "../schema/vocabulary";
import { CONNECTIVES, GENERIC_HEADS, LEFT_STOPS, SUFFIX_TYPES, WEAK_LEFT_STOPS } from "./lexicon";
import { GAZETTEER_INDEX } from "./gazetteer";
import { canonicalName } from "./names";

export interface Candidate {
  start: number;
  end: number;
  /** canonical name */
  name: string;
  type: EntityType;
  source: "suffix" | "quote" | "title" | "gazetteer" | "group" | "list";
  /** other names the text gives it here ("15号线" for 轨道15号线) */
  aliases?: string[];
}

const MAX_NAME = 32;
const SUFFIX_MAP = new Map<string, EntityType>(SUFFIX_TYPES.map(([s, t]) => [s, t]));
const SUFFIX_RE = new RegExp(
  [...SUFFIX_MAP.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|"),
  "g",
);
/** Suffixes too common in plain prose: the name needs a marked head (quote, digits, Latin, place). */
const WEAK_SUFFIXES = new Set([
  "方案", "工作方案", "实施方案", "总体方案", "计划", "行动", "专项行动", "政策", "机制", "措施", "条例",
  "办法", "基金", "专项", "体系", "白皮书", "规划", "纲要", "项目", "工程", "基地", "联盟",
  "发展格局", "建设部署", "具体部署", "湾区", "行动计划", "行动方案",
]);
/** A suffix match is no name ending when it sits inside one of these words. */
const NOT_NAME_WORDS = [
  "开园", "进园", "入园", "部署", "签署", "中学位", "小学位", "工程师", "项目制", "计划单列", "中心区", "园区内", "道路", "思路", "出路", "新路",
  "路径", "路线", "线路", "公路网", "马路", "网路", "电路", "水路", "路演", "一路", "之路", "全部", "内部", "外部", "东部",
  "西部", "南部", "北部", "中部", "局面", "格局", "布局", "大局", "全局", "结局", "开局", "部分", "部门", "干部", "总部经济",
  "头部", "底部", "局部", "基层", "县域", "半岛", "群岛", "县区", "县（区）", "县(区)", "市县", "郡县",
  "家园", "校园", "田园", "园林", "园长", "园丁", "园地", "乐园", "菜园", "果园", "庄园", "园所",
];
const STANCES = "更加积极|积极|稳健|适度宽松|宽松|从紧|审慎|中性";
/** the stance a policy name starts with: "积极的财政政策" */
const POLICY_STANCE = new RegExp(`(?:${STANCES})$`);
const STANCE_HEAD = new RegExp(`^(?:${STANCES})的`);
const NUMERIC_HEAD = /^[\d.\-—~至]+[万亿千百]*[元个家座所条项批%]*$/;
/** Longest gap (chars) over which a name may swallow the name before it ("深圳大学附属华南医院"). */
const MAX_SWALLOW_GAP = 4;

const STOPS_BY_LEN: Set<string>[] = (() => {
  const by: Set<string>[] = [];
  for (const w of LEFT_STOPS) if (!WEAK_LEFT_STOPS.has(w)) (by[w.length] ??= new Set()).add(w);
  return by;
})();
const MAX_STOP = STOPS_BY_LEN.length - 1;

const HAN_RE = /\p{Script=Han}/u;
function isNameChar(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (ch === "“" || ch === "”" || ch === "(" || ch === ")" || ch === "·" || ch === "+" || ch === "-" || ch === '"') return true;
  return c >= 0x3400 && HAN_RE.test(ch);
}

function stopEndingAt(text: string, p: number): number {
  for (let k = Math.min(MAX_STOP, p); k >= 1; k--) {
    const set = STOPS_BY_LEN[k];
    if (set && set.has(text.slice(p - k, p))) return k;
  }
  return 0;
}

/** Type given by the longest known suffix a text ends with ("湾东智芯" → Park), if any. */
export function suffixType(s: string): EntityType | null {
  for (let k = Math.min(6, s.length - 1); k >= 1; k--) {
    const t = SUFFIX_MAP.get(s.slice(s.length - k));
    if (t && !WEAK_SUFFIXES.has(s.slice(s.length - k))) return t;
  }
  return null;
}

function endsWithSuffix(s: string): boolean {
  for (let k = Math.min(6, s.length); k >= 2; k--) if (SUFFIX_MAP.has(s.slice(s.length - k))) return true;
  return false;
}

const CLASSIFIER_AFTER_NUMBER = /[\d一二三四五六七八九十两百千万]+[个座家所条项批处类种期次届名位]$/;

/** Whether the head before a suffix names something specific rather than a kind of thing. */
export function isSpecificHead(head: string, weak: boolean): boolean {
  const bare = head.replace(/[“”"()]/g, "");
  if (bare.length === 0) return false;
  if (NUMERIC_HEAD.test(bare)) return false;
  if (/[“"《]/.test(head) || /[A-Za-z0-9]/.test(bare)) return true;
  if (startsWithPlace(bare)) return true;
  // "区企业服务中心", "市云端学校": the district's / city's own body
  if (/^[区市省]/.test(bare) && bare.length >= 4) return true;
  if (STANCE_HEAD.test(bare)) return true;
  if (weak) {
    if (/(?:片区|街道|园区|产业园|科技园|[园城镇港])\p{Script=Han}{2,}/u.test(bare) && !/^(?:园区|片区)/.test(bare)) return true;
    // a body's branch in a place: "国家应急医学研究中心深圳基地"
    return endsWithPlace(bare) && bare.length >= 6 && endsWithSuffix(bare.slice(0, -2));
  }
  let rest = bare;
  let changed = true;
  while (changed && rest.length > 0) {
    changed = false;
    for (let k = Math.min(4, rest.length); k >= 1; k--) {
      if (GENERIC_HEADS.has(rest.slice(0, k))) {
        rest = rest.slice(k);
        changed = true;
        break;
      }
      if (k >= 2 && GENERIC_HEADS.has(rest.slice(rest.length - k))) {
        rest = rest.slice(0, rest.length - k);
        changed = true;
        break;
      }
    }
  }
  return rest.length >= 2;
}

function endsWithPlace(s: string): boolean {
  for (let k = Math.min(8, s.length); k >= 2; k--) {
    const e = GAZETTEER_INDEX.get(s.slice(s.length - k));
    if (e && e.type === "Place") return true;
  }
  return false;
}

function startsWithPlace(s: string): boolean {
  for (let k = Math.min(8, s.length); k >= 2; k--) {
    const e = GAZETTEER_INDEX.get(s.slice(0, k));
    if (e && e.type === "Place") return true;
  }
  return false;
}


/** Words that end in a stop word but are not one: "可持续" (持续). */
const PROTECTED_WORDS = ["可持续", "不断"];

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
        if (ch === "暨") p--; // 暨南大学
        break;
      }
      // "龙岗河及儿童公园": a river, lake or hill is a name of its own
      if (endsWithSuffix(before) || endsWithPlace(before) || /[河湖山江]$/.test(before)) break;
      // "…功能和龙岗中心城": a right part that starts with a place is a name of its own
      if (startsWithPlace(text.slice(p, from))) break;
      if (stopEndingAt(text, p - 1) > 0) break;
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
    if (!inQuote && stopEndingAt(text, p) > 0 && !PROTECTED_WORDS.some((w) => text.endsWith(w, p))) break;
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

const QUOTE_RE = /“([^“”\n]{1,20})”/g;
/** A quoted numeral slogan is a strategy ("一芯两核多支点", "双区", "20+8"); other quoted names are programmes. */
const STRATEGY_QUOTE = /^(?:[一二三四五六七八九十两双多百千万]+[个大全项张]?[\p{Script=Han}]|[\dA-Z]+(?:\+[\dA-Z]+)+$)|战略|理念/u;
const TITLE_RE = /《([^《》\n]{2,60})》/g;

/** Quoted words that are descriptors, not names (gold convention 10). */
const NOT_QUOTED_NAMES = new Set(["小巨人", "专精特新", "卡脖子", "一站式", "最后一公里", "断头路", "微循环", "拿地即开工"]);
const AWARD_BEFORE = /(?:获评|荣获|获得|入选|评为|获)[全国省市区]{0,2}$/;
const FRAME_BEFORE = /(?:按照|聚焦|以|从|向|为)$/;

/**
 * A quote that describes rather than names: a list of slogans ("走在前、作示范、挑大梁"), an award
 * title ("获评“招商优胜区”"), a frame ("按照“需求导向、急用先行”原则"), or a known descriptor.
 */
function isDescriptiveQuote(text: string, start: number, end: number, inner: string): boolean {
  if (NOT_QUOTED_NAMES.has(inner)) return true;
  if (/[、—]/.test(inner)) return true;
  const before = text.slice(Math.max(0, start - 4), start);
  if (AWARD_BEFORE.test(before) || FRAME_BEFORE.test(before)) return true;
  return /^(?:称号|荣誉|案例)/.test(text.slice(end, end + 2));
}

function quoteAndTitleCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(text); m; m = QUOTE_RE.exec(text)) {
    const inner = m[1]!;
    if (/[,。;:!?]/.test(inner) || inner.length > 14 || inner.length < 2) continue;
    if (isDescriptiveQuote(text, m.index, m.index + m[0].length, inner)) continue;
    if (!/[\p{Script=Han}]/u.test(inner) && !/\+/.test(inner)) continue;
    const type = suffixType(inner) ?? (STRATEGY_QUOTE.test(inner) ? "Strategy" : "Program");
    out.push({ start: m.index, end: m.index + m[0].length, name: canonicalName(inner, type), type, source: "quote" });
  }
  TITLE_RE.lastIndex = 0;
  for (let m = TITLE_RE.exec(text); m; m = TITLE_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, name: canonicalName(m[1]!, "Program"), type: "Program", source: "title" });
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

const LIST_ITEM = /^[\p{Script=Han}A-Za-z0-9]{1,6}$/u;

/**
 * Shared heads and tails of lists: "布吉、横岗文体中心" → 布吉文体中心 + 横岗文体中心;
 * "罗山科技园产业集聚中心、国际创新中心" → 罗山科技园国际创新中心. Items get the span of their own words.
 */
function distributed(text: string, suffix: Candidate[]): Candidate[] {
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

/** "广东省惠州市龙门县" → 广东省, 惠州市, 龙门县: a place name made of known places is several places. */
function splitCompoundPlace(c: Candidate): Candidate[] {
  if (c.type !== "Place" || c.source === "gazetteer") return [c];
  for (let k = Math.min(8, c.name.length - 2); k >= 2; k--) {
    const e = GAZETTEER_INDEX.get(c.name.slice(0, k));
    const rest = c.name.slice(k);
    // only administrative chains: a province / city / county followed by a smaller unit
    if (e && e.type === "Place" && /[省市县]$|自治区$/.test(e.name) && /[市县镇区]$/.test(rest) && !/片区$/.test(rest) && c.end - c.start === c.name.length) {
      const head: Candidate = { start: c.start, end: c.start + k, name: e.name, type: "Place", source: "gazetteer" };
      return [head, ...splitCompoundPlace({ ...c, start: c.start + k, name: rest })];
    }
  }
  return [c];
}

/** "港中大（深圳）医学院" → 香港中文大学（深圳）医学院: a known body's short form heading a name. */
function expandKnownPrefix(name: string, type: EntityType): string | null {
  if (type !== "Institution" && type !== "Project" && type !== "Park") return null;
  for (let k = Math.min(12, name.length - 2); k >= 2; k--) {
    const e = GAZETTEER_INDEX.get(name.slice(0, k));
    if (e && e.type === "Institution" && e.name !== name.slice(0, k) && !name.startsWith(e.name)) return e.name + name.slice(k);
  }
  return null;
}

/** A dated edition of an event is named by the event: "2025年西丽湖论坛" → 西丽湖论坛. */
const EDITION = /^(?:\d{4}年?|第[一二三四五六七八九十\d]+届)(\p{Script=Han}{2,}(?:论坛|大赛|博览会|交易会|峰会|购物季|消费季|音乐季|嘉年华|运动会|锦标赛|联赛))$/u;

export function recognize(text: string): Candidate[] {
  const metro = metroCandidates(text);
  const quotes = quoteAndTitleCandidates(text);
  const suffix = suffixCandidates(text);
  const enterprises = enterpriseListCandidates(text);
  const gazetteer = gazetteerCandidates(text);
  // longer, suffix-bearing names beat the quoted slogan they contain ("“1+12”方案")
  const suffixFirst = suffix.filter((s) => quotes.some((q) => q.start >= s.start && q.end <= s.end && s.end > q.end));
  const rest = suffix.filter((s) => !suffixFirst.includes(s));
  const merged = mergeByPriority(text.length, [metro, suffixFirst, quotes, enterprises, rest, distributed(text, suffix), gazetteer]);
  return merged.flatMap(splitCompoundPlace).map((c) => {
    if (c.source === "gazetteer") return c;
    // a known strategy or event keeps its type whatever its suffix says ("深圳东部中心")
    const known = GAZETTEER_INDEX.get(c.name);
    if (known && (known.type === "Strategy" || known.type === "Program")) return { ...c, type: known.type, name: known.name };
    const type = retype(c.name, c.type, c.source === "quote");
    const expanded = expandKnownPrefix(c.name, type);
    if (expanded) return { ...c, type, name: expanded, aliases: [...(c.aliases ?? []), c.name] };
    const edition = type === "Program" ? EDITION.exec(c.name) : null;
    if (edition) return { ...c, type, name: edition[1]!, aliases: [...(c.aliases ?? []), c.name] };
    return type === c.type ? c : { ...c, type, name: canonicalName(c.name, type) };
  });
}
