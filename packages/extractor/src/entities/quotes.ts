/**
 * Quoted names and 《titles》: “培土倍增” (a programme), “一芯两核多支点” (a strategy: quoted numeral
 * slogans), 《…行动计划》; quotes that describe rather than name are skipped.
 */

import type { Candidate } from "./candidate";
import { suffixType } from "./grammar";
import { canonicalName } from "./names";

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

export function quoteAndTitleCandidates(text: string): Candidate[] {
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
