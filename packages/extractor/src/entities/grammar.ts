/**
 * The name grammar the recogniser works with: which suffixes give which type (and which are too
 * common to trust alone), which characters may sit in a name, which words end it on its left, and
 * whether the head before a suffix names something specific rather than a kind of thing.
 */

import type { EntityType } from "../schema/vocabulary";
import { GENERIC_HEADS, LEFT_STOPS, SUFFIX_TYPES, WEAK_LEFT_STOPS } from "./lexicon";
import { GAZETTEER_INDEX } from "./gazetteer";

export const MAX_NAME = 32;
export const SUFFIX_MAP = new Map<string, EntityType>(SUFFIX_TYPES.map(([s, t]) => [s, t]));
export const SUFFIX_RE = new RegExp(
  [...SUFFIX_MAP.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|"),
  "g",
);
/** Suffixes too common in plain prose: the name needs a marked head (quote, digits, Latin, place). */
export const WEAK_SUFFIXES = new Set([
  "方案", "工作方案", "实施方案", "总体方案", "计划", "行动", "专项行动", "政策", "机制", "措施", "条例",
  "办法", "基金", "专项", "体系", "白皮书", "规划", "纲要", "项目", "工程", "基地", "联盟",
  "发展格局", "建设部署", "具体部署", "湾区", "行动计划", "行动方案",
]);
/** A suffix match is no name ending when it sits inside one of these words. */
export const NOT_NAME_WORDS = [
  "开园", "进园", "入园", "部署", "签署", "中学位", "小学位", "工程师", "项目制", "计划单列", "中心区", "园区内", "道路", "思路", "出路", "新路",
  "路径", "路线", "线路", "公路网", "马路", "网路", "电路", "水路", "路演", "一路", "之路", "全部", "内部", "外部", "东部",
  "西部", "南部", "北部", "中部", "局面", "格局", "布局", "大局", "全局", "结局", "开局", "部分", "部门", "干部", "总部经济",
  "头部", "底部", "局部", "基层", "县域", "半岛", "群岛", "县区", "县（区）", "县(区)", "市县", "郡县",
  "家园", "校园", "田园", "园林", "园长", "园丁", "园地", "乐园", "菜园", "果园", "庄园", "园所",
  // 战略 as a modifier, not a name's end: "战略性新兴产业", "与X战略合作", "检验战略成效"
  // 高速 as "high-speed", 路 as a way or market, not a road
  "高速度", "高速化", "高速增长", "高速发展", "高速互联", "高速运转", "销路", "门路", "弯路", "走路", "老路", "路綫",
  // 城区 (an urban area) is no 中心城 or 新城: "国际消费中心城区", "现代化创新城区"
  "中心城区", "创新城区",
  // 试点 inside a longer word: "试点示范区", "试点项目", "试点城市", "试点工作"
  "试点示范", "试点项目", "试点县", "试点单位", "试点城市", "试点工作", "试点经验", "试点范围", "试点地区", "试点省",
  // 规划 as a verb: "X规划建设" (X is planned and built), "规划布局"
  "规划建设", "规划布局",
  "战略性", "战略合作", "战略成效", "战略投资", "战略机遇", "战略支点", "战略定位", "战略意义", "战略地位", "战略科学家",
];
export const STANCES = "更加积极|积极|稳健|适度宽松|宽松|从紧|审慎|中性";
/** the stance a policy name starts with: "积极的财政政策" */
export const POLICY_STANCE = new RegExp(`(?:${STANCES})$`);
export const STANCE_HEAD = new RegExp(`^(?:${STANCES})的`);
export const NUMERIC_HEAD = /^[\d.\-—~至]+[万亿千百]*[元个家座所条项批%]*$/;
/** Longest gap (chars) over which a name may swallow the name before it ("深圳大学附属华南医院"). */
export const MAX_SWALLOW_GAP = 4;

export const STOPS_BY_LEN: Set<string>[] = (() => {
  const by: Set<string>[] = [];
  for (const w of LEFT_STOPS) if (!WEAK_LEFT_STOPS.has(w)) (by[w.length] ??= new Set()).add(w);
  return by;
})();
export const MAX_STOP = STOPS_BY_LEN.length - 1;

export const HAN_RE = /\p{Script=Han}/u;
export function isNameChar(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (ch === "“" || ch === "”" || ch === "(" || ch === ")" || ch === "·" || ch === "+" || ch === "-" || ch === '"') return true;
  return c >= 0x3400 && HAN_RE.test(ch);
}

export function stopEndingAt(text: string, p: number): number {
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

/** The type a suffix word itself gives ("消防站" → Project), if it is one. */
export function typeOfSuffix(suffix: string): EntityType | null {
  return SUFFIX_MAP.get(suffix) ?? null;
}

/** The longest type-giving suffix a text ends with ("安托山消防站" → 消防站), or "". */
export function longestSuffix(s: string): string {
  for (let k = Math.min(6, s.length); k >= 2; k--) if (SUFFIX_MAP.has(s.slice(s.length - k))) return s.slice(s.length - k);
  return "";
}

export function endsWithSuffix(s: string): boolean {
  for (let k = Math.min(6, s.length); k >= 2; k--) if (SUFFIX_MAP.has(s.slice(s.length - k))) return true;
  return false;
}

export const CLASSIFIER_AFTER_NUMBER = /[\d一二三四五六七八九十两百千万]+[个座家所条项批处类种期次届名位]$/;

/** Whether the head before a suffix names something specific rather than a kind of thing. */
export function isSpecificHead(head: string, weak: boolean): boolean {
  const bare = head.replace(/[“”"()]/g, "");
  if (bare.length === 0) return false;
  if (NUMERIC_HEAD.test(bare)) return false;
  if (/[“"《]/.test(head) || /[A-Za-z0-9]/.test(bare)) return true;
  if (startsWithPlace(bare)) return true;
  // "区企业服务中心", "市云端学校": the district's / city's own body
  if (/^[区市省](?!级|一级)/.test(bare) && bare.length >= 4) return true;
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

export function endsWithPlace(s: string): boolean {
  for (let k = Math.min(8, s.length); k >= 2; k--) {
    const e = GAZETTEER_INDEX.get(s.slice(s.length - k));
    if (e && e.type === "Place") return true;
  }
  return false;
}

export function startsWithPlace(s: string): boolean {
  for (let k = Math.min(8, s.length); k >= 2; k--) {
    const e = GAZETTEER_INDEX.get(s.slice(0, k));
    if (e && e.type === "Place") return true;
  }
  return false;
}
