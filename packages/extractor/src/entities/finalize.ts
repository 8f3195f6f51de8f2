/** The recogniser's last pass: names and types that depend on the whole name. */

import type { EntityType } from "../schema/vocabulary";
import type { Candidate } from "./candidate";
import { GAZETTEER_INDEX } from "./gazetteer";
import { canonicalName } from "./names";
import { retype } from "./retype";

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

const COUNTED = /^(?:\d+|[N数几])(?:个|班|所|家|座|项|指)/;

/** A dated edition of an event is named by the event: "2025年西丽湖论坛" → 西丽湖论坛. */
const EDITION = /^(?:\d{4}年?|第[一二三四五六七八九十\d]+届)(\p{Script=Han}{2,}(?:论坛|大赛|博览会|交易会|峰会|购物季|消费季|音乐季|嘉年华|运动会|锦标赛|联赛))$/u;

/** "X三年行动计划（2025-2027年）" is also called X三年行动计划: the plan's period is no part of its name. */
const PLAN_PERIOD = /（\d{4}[-—–~至]\d{4}年?）$/;

function periodAlias(c: Candidate): Candidate {
  if (c.type !== "Program" || !PLAN_PERIOD.test(c.name)) return c;
  const bare = c.name.replace(PLAN_PERIOD, "");
  return bare.length < 2 || (c.aliases ?? []).includes(bare) ? c : { ...c, aliases: [...(c.aliases ?? []), bare] };
}

/** The kind words a quoted programme name may carry after its quote ("“六个券”政策", "“X”零工服务模式"). */
const QUOTED_HEAD_TAIL = /^[\p{Script=Han}]{0,6}(?:政策|模式|机制|方案|计划)$/u;

/**
 * "“六个券”政策" is also called 六个券: a programme name that opens with a quote has it as an alias;
 * a strategy named by its quoted slogan has the whole phrase as an alias.
 */
function quotedHeadAlias(c: Candidate, text: string): Candidate {
  const open = text.indexOf("“", c.start);
  if (c.source !== "suffix" || open < 0 || open - c.start > (c.type === "Strategy" ? 4 : 0)) return c;
  const close = text.indexOf("”", open);
  if (close < 0 || close >= c.end - 1) return c;
  // a strategy is named by its slogan (省委“1310”具体部署 → 1310); the phrase is its other name
  const other =
    c.type === "Strategy"
      ? canonicalName(text.slice(open, c.end), "Program")
      : c.type === "Program" && QUOTED_HEAD_TAIL.test(text.slice(close + 1, c.end))
        ? canonicalName(text.slice(c.start + 1, close), "Program")
        : "";
  if (other.length < 2 || other === c.name || (c.aliases ?? []).includes(other)) return c;
  return { ...c, aliases: [...(c.aliases ?? []), other] };
}

const EVENT_END = /(?:论坛|大赛|博览会|交易会|峰会|大会|购物季|消费季|音乐季|嘉年华|运动会|锦标赛|联赛|年会|展览会)$/;

/** "2024碳达峰碳中和论坛暨深圳国际低碳城论坛": two names of one event; the one after 暨 names it. */
function joinEventPairs(list: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    if (prev && prev.type === "Program" && c.type === "Program" && text[prev.end] === "暨" && c.start === prev.end + 1 && EVENT_END.test(prev.name) && EVENT_END.test(c.name)) {
      const aliases = [...new Set([prev.name, ...(prev.aliases ?? []), ...(c.aliases ?? [])])].filter((a) => a !== c.name);
      out[out.length - 1] = { ...c, start: prev.start, aliases };
      continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * Not a programme of the report's: the report itself or its subject ("…规划执行情况与…计划安排草案的报告"),
 * and a competition named only as the source of a prize won ("获…大赛二等奖", gold convention 5).
 */
function isReportOrPrizeSource(c: Candidate, text: string): boolean {
  if (c.type !== "Program") return false;
  if (/执行情况|报告$/.test(c.name) || /^\s*执行情况/.test(text.slice(c.end, c.end + 8))) return true;
  return EVENT_END.test(c.name) && /^[^,。;、\n]{0,10}?(?:[金银铜]奖|[特一二三]等奖|优秀奖)/.test(text.slice(c.end, c.end + 14));
}

/**
 * Last pass over the merged candidates: administrative place chains split, known strategies and
 * events typed by the gazetteer, types by whole-name conventions, known short forms expanded,
 * event editions named by the event.
 */
export function finalize(merged: Candidate[], text: string): Candidate[] {
  // "10个经济运行调度工作专班", "1指…": a count or a glossary slot is no name
  const named = merged.filter((c) => c.source === "gazetteer" || (!COUNTED.test(c.name) && !isReportOrPrizeSource(c, text)));
  return joinEventPairs(named.flatMap(splitCompoundPlace).map((c) => periodAlias(quotedHeadAlias(finalType(c), text))), text);
}

/** The name and type a candidate ends with, by whole-name conventions and the gazetteer. */
function finalType(c: Candidate): Candidate {
  if (c.source === "gazetteer") return c;
  // a known strategy or event keeps its type whatever its suffix says ("深圳东部中心")
  const known = GAZETTEER_INDEX.get(c.name);
  if (known && (known.type === "Strategy" || known.type === "Program")) return { ...c, type: known.type, name: known.name };
  const type = retype(c.name, c.type, c.source === "quote");
  const expanded = expandKnownPrefix(c.name, type);
  if (expanded) return { ...c, type, name: expanded, aliases: [...(c.aliases ?? []), c.name] };
  // "十四五规划" is the plan "十四五" names
  const plan = type === "Program" ? /^(十[一二三四五六七八九十]?五)规划$/.exec(c.name) : null;
  if (plan) return { ...c, type, name: plan[1]!, aliases: [...(c.aliases ?? []), c.name] };
  const edition = type === "Program" ? EDITION.exec(c.name) : null;
  if (edition) return { ...c, type, name: edition[1]!, aliases: [...(c.aliases ?? []), c.name] };
  return type === c.type ? c : { ...c, type, name: canonicalName(c.name, type) };
}
