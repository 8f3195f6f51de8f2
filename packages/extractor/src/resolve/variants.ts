/**
 * When two names of the same type are variants of one name: an abbreviation that keeps
 * characters of the full name in order (南科大 ← 南方科技大学, 港中大（深圳） ← 香港中文大学（深圳）),
 * or the full name with a filler word dropped (宝龙生物药创新先导区 ← 宝龙生物药创新发展先导区).
 * Phases, numbers and parenthesised qualifiers must agree.
 */

import { nameKey } from "../entities/names";

/** Words whose omission does not change what a name refers to. */
const FILLERS = new Set(["发展", "咽", "建设", "深圳市", "深圳", "市", "区"]);
const PHASE = /[一二三四五六七八九十]期/g;

function split(name: string): { base: string; qualifier: string } {
  const k = nameKey(name);
  const m = /^(.*?)(\([^()]*\))?$/.exec(k)!;
  return { base: m[1]!, qualifier: m[2] ?? "" };
}

/** Gaps left in `long` when `short` is matched as a subsequence from the left; null if not one. */
function subsequenceGaps(short: string, long: string): string[] | null {
  const gaps: string[] = [];
  let j = 0;
  let gap = "";
  for (let i = 0; i < short.length; i++) {
    while (j < long.length && long[j] !== short[i]) gap += long[j++];
    if (j >= long.length) return null;
    if (gap) {
      gaps.push(gap);
      gap = "";
    }
    j++;
  }
  if (j < long.length) gaps.push(long.slice(j));
  return gaps;
}

export function isVariantName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [split(a), split(b)] : [split(b), split(a)];
  if (short.qualifier !== long.qualifier) return false;
  let s = short.base;
  const l = long.base;
  // "轨道17号线一期" / "轨道17号线一期工程"
  if (s.replace(/(?:工程|项目)$/, "") === l.replace(/(?:工程|项目)$/, "") && s !== l) return true;
  if (s.length < 3 || s === l) return false;
  if (s.length * 2 < l.length) return false;
  if ((s.match(PHASE) ?? []).join() !== (l.match(PHASE) ?? []).join()) return false;
  if ((s.match(/\d+/g) ?? []).join() !== (l.match(/\d+/g) ?? []).join()) return false;
  if (!l.slice(0, 2).includes(s[0]!)) return false;
  // 南科大 / 港中大: a trailing 大 abbreviates 大学
  if (s.endsWith("大") && l.endsWith("大学")) s = `${s}学`;
  if (s[s.length - 1] !== l[l.length - 1]) return false;
  const gaps = subsequenceGaps(s, l);
  if (!gaps || gaps.length === 0) return false;
  const leading = l.indexOf(s[0]!) > 0;
  if (gaps.length >= 2 || leading) return gaps.every((g) => g.length <= 3);
  return FILLERS.has(gaps[0]!);
}

/** What a programme's name may be followed by and still name the same programme. */
const PROGRAM_TAIL = /^(?:方案|政策|计划|模式|机制)$/;

/** The period a plan's title may give: "（2025-2027年）". */
const PLAN_PERIOD = /\(\d{4}[-—–~至]\d{4}年?\)$/;

/**
 * Programme names that differ by a trailing kind word ("“六个券”政策" / "六个券", "X五年行动" /
 * "X五年行动方案", "“光伏+”模式" / "光伏+") or by the period of a plan ("X三年行动计划（2025-2027年）").
 */
export function isProgramVariant(a: string, b: string): boolean {
  const [s, l] = [nameKey(a).replace(PLAN_PERIOD, ""), nameKey(b).replace(PLAN_PERIOD, "")].sort((x, y) => x.length - y.length) as [string, string];
  if (s === l) return s.length >= 2 && nameKey(a) !== nameKey(b);
  return s.length >= 2 && l.startsWith(s) && PROGRAM_TAIL.test(l.slice(s.length));
}

