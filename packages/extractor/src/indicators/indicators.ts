/**
 * Indicator values: "地区生产总值5901亿元，增长6.7%" → two values of one indicator (a level and a
 * growth rate), each with unit, normalised value, qualifier (左右 / 以上 / 超 / 以内), direction, the
 * year and whether it is a target or an actual (from the sentence's modality).
 */

import type { IndicatorKind, Measure, Modality, Qualifier } from "../schema/vocabulary";
import { GAZETTEER_INDEX } from "../entities/gazetteer";
import { GENERIC_HEADS, LEFT_STOPS } from "../entities/lexicon";

const STOP_SET = new Set(LEFT_STOPS);

/** Words that start a name although their first character is a stop word ("无人物流", "在建里程"). */
const KEEPS_START = /^(?:无人|在建|在校|在库|在职|在岗|有效|同比)/;

/** Drop verbs and function words an indicator name starts with ("使国民生产总值" → 国民生产总值). */
function stripLeadingStops(name: string): string {
  if (NEW_PREFIX.test(name)) return name;
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = Math.min(4, name.length - 2); k >= 1; k--) {
      if (STOP_SET.has(name.slice(0, k)) && !KEEPS_START.test(name)) {
        name = name.slice(k);
        changed = true;
        break;
      }
    }
  }
  return name;
}

const LEADING_NOISE =
  /^(?:[^\p{Script=Han}A-Za-z0-9]+|本地|全区|全市|辖区|预计|其中|全年|同比|今年|去年|明年|当年|本年|年度|累计|拟|要|又|再|继续|已|共|较去年|较上年)+/u;
/**
 * A verb of handling before what is counted, with at most a short subject before it ("受理民生诉求",
 * "帮助当地农村劳动力就业", "那坡援建帮扶车间"): the series is the object.
 */
const HANDLING_VERB = /^\p{Script=Han}{0,3}?(?:受理|评定|援建|帮助(?:当地)?)(?=\p{Script=Han}{3})/u;
const TRAILING_NOISE = /(?:分别|各|均|共|占|在|按|和|及|保持|已|达到|比上年|比去年|较去年|从|仅|悄然|正|成功)+$/;
const VERB_END = /(?:推进|开展|实施|落实|出台|建设|组建)$/;

function isPlaceName(name: string): boolean {
  const e = GAZETTEER_INDEX.get(name);
  if (e) return e.type === "Place";
  return /(?:省|市|县|镇|街道|自治区)$/.test(name) && name.length <= 12;
}

/** "龙岗引进亿元以上项目": a place that is the subject of the verb after it is no part of the name. */
function stripSubjectPlace(name: string): string {
  for (let k = Math.min(8, name.length - 3); k >= 2; k--) {
    const e = GAZETTEER_INDEX.get(name.slice(0, k));
    if (!e || e.type !== "Place") continue;
    const rest = name.slice(k);
    for (let v = Math.min(4, rest.length - 2); v >= 2; v--) if (STOP_SET.has(rest.slice(0, v))) return rest;
    return name;
  }
  return name;
}

/** An indicator name without time words, adverbs and verbs around it ("今年拟安排财政赤字" → 财政赤字). */
function cleanName(raw: string): string {
  let name = raw;
  for (let i = 0; i < 3; i++) {
    const before = name;
    name = stripLeadingStops(stripSubjectPlace(name.replace(LEADING_NOISE, "").replace(HANDLING_VERB, ""))).replace(TRAILING_NOISE, "");
    name = name.replace(/^(?:安排|和|及|与)/, "").replace(/(财政)(?:安排|投入|下达)/, "$1");
    if (name === before) break;
  }
  return name;
}

export interface RawIndicatorValue {
  /** cleaned offsets of the value expression (indicator name to qualifier) */
  start: number;
  end: number;
  /** cleaned offsets of the indicator name */
  nameStart: number;
  nameEnd: number;
  name: string;
  kind: IndicatorKind;
  measure: Measure;
  value: number;
  unit: string;
  normalized: { value: number; unit: string } | null;
  qualifier: Qualifier;
  direction: "up" | "down" | "none";
  /** the starting level of a change ("由309家增至334家"): it belongs to the year before */
  previous: boolean;
}

const UNITS = [
  "万亿元", "亿元", "万元", "元", "亿美元", "万美元", "美元", "个百分点", "%", "万人次", "万人", "人次", "人",
  "万户", "户", "万家", "家", "万个", "个", "座", "所", "万平方米", "平方公里", "平方米", "万亩", "亩", "公顷",
  "公里", "千米", "米", "万吨", "吨", "万标箱", "标箱", "项", "件", "条", "辆", "张", "台", "套", "倍", "万千瓦", "千瓦", "天",
  "万座", "万套", "万张", "万台", "万辆", "万条", "万件", "万宗", "宗", "兆瓦", "万吨/日", "吨/日", "微克/立方米", "km",
  "万公里", "万次", "次", "万所", "万项", "万株", "株", "场", "万场", "批", "班", "处", "例", "万例", "栋",
];
/** "10万座": the count-unit a 万 prefix scales */
const WAN_UNITS = ["座", "套", "张", "台", "辆", "条", "件", "宗", "公里", "次", "所", "项", "株", "场"];
const SCALE: Record<string, { factor: number; unit: string }> = {
  万亿元: { factor: 1e12, unit: "元" }, 亿元: { factor: 1e8, unit: "元" }, 万元: { factor: 1e4, unit: "元" },
  元: { factor: 1, unit: "元" }, 亿美元: { factor: 1e8, unit: "美元" }, 万美元: { factor: 1e4, unit: "美元" },
  美元: { factor: 1, unit: "美元" }, 万人: { factor: 1e4, unit: "人" }, 人: { factor: 1, unit: "人" },
  万人次: { factor: 1e4, unit: "人次" }, 人次: { factor: 1, unit: "人次" }, 万户: { factor: 1e4, unit: "户" },
  户: { factor: 1, unit: "户" }, 万家: { factor: 1e4, unit: "家" }, 家: { factor: 1, unit: "家" },
  万个: { factor: 1e4, unit: "个" }, 个: { factor: 1, unit: "个" }, 万平方米: { factor: 1e4, unit: "平方米" },
  平方米: { factor: 1, unit: "平方米" }, 平方公里: { factor: 1e6, unit: "平方米" }, 公顷: { factor: 1e4, unit: "平方米" },
  万亩: { factor: 1e4 * 666.667, unit: "平方米" }, 亩: { factor: 666.667, unit: "平方米" }, 公里: { factor: 1000, unit: "米" },
  千米: { factor: 1000, unit: "米" }, 米: { factor: 1, unit: "米" }, 万吨: { factor: 1e4, unit: "吨" }, 吨: { factor: 1, unit: "吨" },
  万标箱: { factor: 1e4, unit: "标箱" }, 标箱: { factor: 1, unit: "标箱" }, 万千瓦: { factor: 1e4, unit: "千瓦" },
  千瓦: { factor: 1, unit: "千瓦" }, "%": { factor: 1, unit: "%" }, 个百分点: { factor: 1, unit: "个百分点" },
  兆瓦: { factor: 1000, unit: "千瓦" }, km: { factor: 1000, unit: "米" }, "万吨/日": { factor: 1e4, unit: "吨/日" },
  "吨/日": { factor: 1, unit: "吨/日" },
  ...Object.fromEntries(WAN_UNITS.flatMap((u) => [[`万${u}`, { factor: 1e4 * (u === "公里" ? 1000 : 1), unit: u === "公里" ? "米" : u }], [u, { factor: u === "公里" ? 1000 : 1, unit: u === "公里" ? "米" : u }]])),
};

const NUMBER_RE = new RegExp(
  `(超过|超|突破|不少于|不低于|不超过|控制在|达到|达|约|近|逾)?(\\d+(?:\\.\\d+)?)(${[...UNITS].sort((a, b) => b.length - a.length).map((u) => u.replace("/", "\\/")).join("|")})(左右|以上|以内|以下|之内)?`,
  "g",
);
const GROWTH_VERB = /(同比|比上年|较上年|较\d{4}年[^,;。]{0,6}?)?(增长|下降|提高|降低|增加|减少|上升|回落|提升|下滑)(?:了)?$/;
const NAME_STOP = /[,;:。!?\n、()的]/;

function qualifierOf(before: string | undefined, after: string | undefined): Qualifier {
  if (after === "左右" || before === "约" || before === "近") return "approx";
  if (after === "以上" || before === "超过" || before === "超" || before === "突破" || before === "不少于" || before === "不低于" || before === "逾") return "at_least";
  if (after === "以内" || after === "以下" || after === "之内" || before === "不超过" || before === "控制在") return "at_most";
  return "exact";
}

function knownIndicator(name: string): string | null {
  const e = GAZETTEER_INDEX.get(name);
  return e && e.type === "Indicator" ? e.name : null;
}

const LINK_TAIL = /(?:同比|比上年|较上年)?(?:增长|下降|提高|降低|增加|减少|上升|回落|提升|下滑|完成|实现|达到|达|为|突破|超过|超|约|近|由|增至|降至|增加到|提高到|提升至|至|到|共|累计|总量|总数|总计|合计|规模)+了?$/;
/**
 * A verb that takes the number as its object ("社区提供超2万平方米创新研发空间", "系统正以…的准确率"):
 * what is counted comes after the number, so the words before it are no indicator name.
 */
const OBJECT_VERB_END = /(?:提供|吸引|部署|研制|收回|撬动|带动|惠及|帮助|集聚|孵化|推出|以)$/;
const TOTAL_WORDS = /^(?:总量|总数|总计|合计|累计)$/;
const NEW_PREFIX = /^(?:新增|新登记|新引进|新认定|引进|新)/;
const FLOW_PREFIX = /(?:新增|新引进|新认定|新培育)$/;

/** A verb at a clause start that shares its object with the verb after "、" ("新增、优化公交线路"). */
const PAIRED_VERB = /(?:^|[,;:。\s])(?:今年|全年|累计|年内|共)?(新增|新建|修复|优化|改造|调整|筹集|建设|提升)$/;
const SECOND_VERB = /^(?:新建|修复|优化|改造|调整|筹集|建设|提升|扩建)/;

/** Words of a clause that still speak of the indicator before ("总数分别达到", "占全市比重达到"). */
const CARRY_WORDS = /^[\s,;:]*(?:同比|比上年|较上年|其中|总数|总量|分别|均|占[^,;]{0,6}(?:比重|比例)|比重|占比)*/;

interface FoundName {
  start: number;
  end: number;
  name: string;
  /** the value is the level the year started from ("由309家增至334家") */
  previous: boolean;
}

/**
 * The indicator a number belongs to, read from the words between the clause start (or the
 * previous number) and the number: a known indicator, or the noun phrase before the verb.
 * `carried` is the indicator of the previous value in the sentence ("…,增长6.7%", "总量47家").
 */
function indicatorNameBefore(text: string, from: number, end: number, carried: FoundName | null): FoundName | null | "skip" {
  const window = text.slice(from, end);
  const previous = /由$/.test(window);
  if (/等$/.test(window)) return "skip"; // "…等4个公园": a count of listed examples
  const trimmed = window.replace(LINK_TAIL, "");
  const tailWord = window.slice(trimmed.length);
  if (OBJECT_VERB_END.test(trimmed.replace(/[超约近逾]$/, ""))) return null;
  if (trimmed.length === 0 || /^[\s,、]*$/.test(trimmed)) {
    if (carried && TOTAL_WORDS.test(tailWord.replace(/^(?:增至|至)/, ""))) {
      const base = carried.name.replace(NEW_PREFIX, "");
      if (base !== carried.name && base.length >= 2) return { ...carried, name: base, previous: false };
    }
    return null;
  }
  for (let k = Math.min(16, trimmed.length); k >= 2; k--) {
    const known = knownIndicator(trimmed.slice(trimmed.length - k));
    if (!known) continue;
    // a flow is its own series (gold convention 12): "新增国家高新技术企业204家"
    const flow = FLOW_PREFIX.exec(trimmed.slice(0, trimmed.length - k))?.[0] ?? "";
    return { start: from + trimmed.length - k - flow.length, end: from + trimmed.length, name: flow + known, previous };
  }
  let s = trimmed.length;
  while (s > 0 && trimmed.length - s < 16 && !NAME_STOP.test(trimmed[s - 1]!)) s--;
  // no clause boundary within 16 characters: a run-on phrase, not a name
  if (s > 0 && !NAME_STOP.test(trimmed[s - 1]!) && !/[\d\s]/.test(trimmed[s - 1]!)) return null;
  let name = trimmed.slice(s).replace(/^\d+(?:\.\d+)?[^\d]{0,3}/, "");
  const cleaned = cleanName(name);
  // "新建、修复雨污管网17.1公里": two verbs sharing one object name one series (新建修复雨污管网)
  const pair = trimmed[s - 1] === "、" ? PAIRED_VERB.exec(trimmed.slice(0, s - 1))?.[1] : undefined;
  const shared = pair && (cleaned === name || SECOND_VERB.test(name)) && name.length >= 5 ? name : undefined;
  name = pair && shared ? pair + shared : cleaned;
  if (name.length < 3 || /^\d/.test(name) || !/[\p{Script=Han}A-Za-z]{2}/u.test(name)) return null;
  if (GENERIC_HEADS.has(name) || STOP_SET.has(name) || /^(?:首批|占全|涵盖|包括|其中)/.test(name)) return null;
  // "交通等十大领域": a list of examples; "统筹推进": a verb; "新疆维吾尔自治区塔县": a place
  if (/等/.test(name) || VERB_END.test(name) || isPlaceName(name)) return null;
  return { start: from + trimmed.length - name.length, end: from + trimmed.length, name: name.replace(/[“”"]/g, ""), previous };
}

export interface IndicatorSentence {
  start: number;
  end: number;
  modality: Modality | null;
}

export function extractIndicatorValues(text: string, sentences: readonly IndicatorSentence[]): RawIndicatorValue[] {
  const out: RawIndicatorValue[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    if (!/\d/.test(body)) continue;
    let current: FoundName | null = null;
    let clauseStart = sentence.start;
    let lastEnd = sentence.start;
    NUMBER_RE.lastIndex = 0;
    for (let m = NUMBER_RE.exec(body); m; m = NUMBER_RE.exec(body)) {
      const at = sentence.start + m.index;
      const lastBreak = Math.max(text.lastIndexOf(",", at), text.lastIndexOf(";", at), text.lastIndexOf(":", at));
      if (lastBreak >= clauseStart) {
        clauseStart = lastBreak + 1;
        // a new clause keeps the indicator only when it names none of its own
      }
      const from = Math.max(clauseStart, lastEnd);
      lastEnd = at + m[0].length;
      const before = text.slice(from, at);
      const found0 = indicatorNameBefore(text, from, at, current);
      if (found0 === "skip") continue;
      let found = found0;
      // "新增A 53家、B 468家": the list shares its 新增
      if (found && current && /^、/.test(before) && !NEW_PREFIX.test(found.name)) {
        const shared = /^(?:新增|新建|新引进|新认定)/.exec(current.name);
        if (shared) found = { ...found, name: shared[0] + found.name };
      }
      // "…74条,试点开行1条社区巴士线路": a new clause with words of its own that name nothing
      // does not inherit the indicator of the clause before
      const ownWords = /\p{Script=Han}{2}/u.test(before.replace(LINK_TAIL, "").replace(CARRY_WORDS, ""));
      if (!found && current && from === clauseStart && from > current.end && ownWords) current = null;
      if (found) current = found;
      else if (current !== null) current = { start: current.start, end: current.end, name: current.name, previous: /由$/.test(before) };
      if (!current) continue;
      const unit = m[3]!;
      const growth = GROWTH_VERB.exec(before);
      const isPercent = unit === "%" || unit === "个百分点";
      const measure: Measure = growth && isPercent ? "growth" : isPercent ? "share" : "level";
      const direction = growth ? (/下降|降低|减少|回落|下滑/.test(growth[2]!) ? "down" : "up") : "none";
      const value = Number(m[2]);
      const scale = SCALE[unit];
      const kind: IndicatorKind = sentence.modality === "plan" || sentence.modality === "target" ? "target" : "actual";
      out.push({
        previous: current.previous,
        start: Math.min(current.start, at),
        end: at + m[0].length,
        nameStart: current.start,
        nameEnd: current.end,
        name: current.name,
        kind,
        measure,
        value,
        unit,
        normalized: scale && measure === "level" ? { value: value * scale.factor, unit: scale.unit } : null,
        qualifier: qualifierOf(m[1], m[4]),
        direction,
      });
    }
  }
  return out;
}
