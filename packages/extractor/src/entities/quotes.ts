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
/** A quote that opens with a verb is a clause ("坚持人工智能从娃娃抓起", "正确处理好…的关系"). */
const CLAUSE_START = /^(?:坚持|正确处理|处理好|推动|加快|实现|做到|确保|提升|增强|打造|建设|强化|深化|全面|不断)/;
/** Problem statements and qualities: "城区治理水平亟待提升", "生活安居力", "兴趣向往力". */
const DESCRIPTIVE_INNER = /亟待|不足$|[^能动]力$/;
/**
 * A quote that classifies the noun after it ("“四上”企业", "“三公”经费", "“两院”院士", "“免证办”事项") or
 * qualifies an effect, a way or a shortage ("“票根经济”效应", "“统战+经济”动能", "“精度”不足") is a
 * descriptor, not a name.
 */
const DESCRIPTOR_AFTER = /^(?:企业|人才|院士|场所|经费|事项|效应|动能|方式|底线|烙印|不足|破题)/;
/** A manner ("订单式", "热带雨林式") or a typhoon's name ("台风“山竹”、“海燕”") is not an entity. */
const MANNER_INNER = /式$/;
const TYPHOON_BEFORE = /台风(?:“[^“”]{1,8}”[、,]?)*$/;
/** Verbs that make the quote an activity carried out (a programme), or a principle upheld (a strategy). */
const ACTIVITY_BEFORE = /(?:开展|举办|启动|承办)$/;
const PRINCIPLE_BEFORE = /(?:坚持|践行|秉持|树牢|贯彻)$/;
const PRINCIPLE_AFTER = /^(?:理念|战略|思想|格局)/;

/**
 * A quote that describes rather than names: a list of slogans ("走在前、作示范、挑大梁"), an award
 * title ("获评“招商优胜区”"), a frame ("按照“需求导向、急用先行”原则"), or a known descriptor.
 */
function isDescriptiveQuote(text: string, start: number, end: number, inner: string): boolean {
  if (NOT_QUOTED_NAMES.has(inner)) return true;
  if (/[、—]/.test(inner)) return true;
  // a counted formula ("四个亟待提升") names the statements it counts
  if (CLAUSE_START.test(inner) || (DESCRIPTIVE_INNER.test(inner) && !/^[一二三四五六七八九十两]个/.test(inner))) return true;
  const before = text.slice(Math.max(0, start - 4), start);
  if (AWARD_BEFORE.test(before) || FRAME_BEFORE.test(before)) return true;
  if (MANNER_INNER.test(inner) || TYPHOON_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return true;
  return /^(?:称号|荣誉|案例)/.test(text.slice(end, end + 2)) || DESCRIPTOR_AFTER.test(text.slice(end, end + 2));
}

/** Type of a quoted name without a suffix: what frames it first, else its shape. */
function quoteType(text: string, start: number, end: number, inner: string): "Strategy" | "Program" {
  const before = text.slice(Math.max(0, start - 4), start);
  if (PRINCIPLE_BEFORE.test(before) || PRINCIPLE_AFTER.test(text.slice(end, end + 2))) return "Strategy";
  if (ACTIVITY_BEFORE.test(before)) return "Program";
  return STRATEGY_QUOTE.test(inner) ? "Strategy" : "Program";
}

export function quoteAndTitleCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(text); m; m = QUOTE_RE.exec(text)) {
    const inner = m[1]!;
    if (/[,。;:!?]/.test(inner) || inner.length > 14 || inner.length < 2) continue;
    if (isDescriptiveQuote(text, m.index, m.index + m[0].length, inner)) continue;
    if (!/[\p{Script=Han}]/u.test(inner) && !/\+/.test(inner)) continue;
    const type = suffixType(inner) ?? quoteType(text, m.index, m.index + m[0].length, inner);
    out.push({ start: m.index, end: m.index + m[0].length, name: canonicalName(inner, type), type, source: "quote" });
  }
  TITLE_RE.lastIndex = 0;
  for (let m = TITLE_RE.exec(text); m; m = TITLE_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, name: canonicalName(m[1]!, "Program"), type: "Program", source: "title" });
  }
  return out;
}
