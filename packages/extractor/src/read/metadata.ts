/**
 * Detect document metadata from the text itself (browser-safe), for documents that have no
 * manifest entry: title, issuer, district, genre, delivery date, years reviewed and planned.
 *
 * Looks only at the first HEAD_CHARS characters plus the section headings of the whole text, so
 * it stays fast on long files. Heuristics are tuned on Shenzhen district reports (政府工作报告,
 * 计划执行情况报告, 党代会报告, 融媒 news) and the State Council's 政府工作报告 of 1954–2019.
 */

import type { DocumentMeta } from "../schema/document";
import type { Genre } from "../schema/vocabulary";

const HEAD_CHARS = 3000;
const MAX_HEADINGS = 200;

const SHENZHEN_DISTRICTS = ["福田区", "罗湖区", "南山区", "盐田区", "宝安区", "龙岗区", "龙华区", "坪山区", "光明区", "大鹏新区", "深汕特别合作区"];
const CN_DIGIT: Record<string, number> = { "〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9 };
const NUM = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
const SP = "[ \\t\\u3000]*";

const DATED_LINE = new RegExp(`^${SP}(?:——|—|─|--?)?${SP}(\\d{4})年${NUM}月${NUM}日${SP}在`, "m");
const DASH_DATE = new RegExp(`——${SP}(\\d{4})年${NUM}月${NUM}日`);
const WRITTEN_DATE = /成文日期[:：][ \t\u3000]*(\d{4})-(\d{2})-(\d{2})/;
const BARE_MONTH_DAY = new RegExp(`^${SP}${NUM}月${NUM}日${SP}$`, "m");
const YEAR_IN_NAME = /(?:^|[_\-. ])((?:19|20)\d{2})(?=[_\-. ]|$)/g;

const TOP_HEADING = /^[ \t\u3000#*]*[一二三四五六七八九十]{1,3}、[^\n]{0,60}$/gm;
const SUB_HEADING = /^[ \t\u3000*]*[（(][一二三四五六七八九十]{1,3}[）)][^\n]{0,60}$/gm;
const MD_HEADING = /^#{1,3}[ \t]+[^\n]{1,80}$/gm;

const REVIEW_WORDS = /回顾|完成情况|执行情况|成效|成就|胜利|决算|总结/;
const PLAN_WORDS = /安排|部署|任务|计划|预算|目标|要求|建议|方针|工作|跃进|重点|思路|展望|政策取向/;
const TITLE_END = /(?:报告|報告|规划|计划|纲要|方案|意见|通知|办法|决定|公报|草案|答卷|白皮书)[)）]?$/;
const GENERIC_TITLE = /^(?:政府)?工作[报報]告$/;
const NEWS_MARKERS = /记者|融媒|通讯员|新华社|本报讯/;
const NATIONAL_MARKERS = /全国人民代表大会|全國人民代表大會|全国人大|全国政协|我国各族人民|全国各族人民/;

/** Detect metadata of a document from its text. `id` and `file` are copied into the result. */
export function detectMetadata(text: string, id: string, file: string): DocumentMeta {
  const headRaw = text.slice(0, HEAD_CHARS);
  const head = normalizeNumbers(headRaw);
  const headLines = headRaw.split("\n").slice(0, 80);
  const topHeadings = collect(text, TOP_HEADING).concat(collect(text, MD_HEADING));

  let title = detectTitle(headRaw, headLines);
  const genre = detectGenre(title, head, topHeadings);
  let issuer = detectIssuer(head, headLines);
  let district = detectDistrict(headRaw + (title ?? ""), issuer);
  if (!issuer && !district && genre === "gov_work_report" && NATIONAL_MARKERS.test(head)) issuer = "国务院";
  if (issuer === "国务院" || issuer === "中央人民政府") district = null;

  // Delivery date written in the text, else a year in the file name.
  let delivered = explicitDate(head);
  if (!delivered) delivered = yearFromFileName(file);

  // Years from headings (the title counts as one), then genre defaults.
  const sources = (title ? [normalizeNumbers(title)] : []).concat(topHeadings.map(normalizeNumbers));
  let { reviewed, planned } = classifyYears(sources);
  if (reviewed.length === 0 && planned === null) ({ reviewed, planned } = classifyYears(collect(text, SUB_HEADING).map(normalizeNumbers)));
  const deliveredYear = delivered ? Number(delivered.slice(0, 4)) : null;
  if (genre === "gov_work_report") {
    if (reviewed.length === 0 && planned === null && deliveredYear !== null) {
      reviewed = [deliveredYear - 1];
      planned = deliveredYear;
    } else if (reviewed.length === 0 && planned !== null) reviewed = [planned - 1];
  }
  if (planned === null && reviewed.length > 0 && genre !== "news" && genre !== "other") {
    const next = Math.max(...reviewed) + 1;
    if (genre !== "party_congress_report" || head.includes(`${next}年`)) planned = next;
  }

  // "1月13日" on a line of its own near the top: the year is the one the report plans for.
  if ((!delivered || delivered.length === 4) && planned !== null && genre !== "news") {
    const md = BARE_MONTH_DAY.exec(head);
    const month = md ? cnNumber(md[1]!) : 0;
    if (md && month >= 1 && month <= 6) delivered = isoDate(planned, month, cnNumber(md[2]!));
  }

  if (title === null || GENERIC_TITLE.test(title)) {
    const year = delivered ? Number(delivered.slice(0, 4)) : planned;
    if (genre === "gov_work_report" && issuer && year) title = `${year}年${issuer.replace(/人民政府$/, "")}政府工作报告`;
  }
  return { id, file, title, issuer, district, genre, delivered, yearsReviewed: reviewed, yearPlanned: planned, source: "detected" };
}

/** Full-width digits → ASCII, Chinese-numeral years → digits, spaces inside dates removed. */
function normalizeNumbers(s: string): string {
  return s
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[〇○零一二三四五六七八九]{4}(?=[ \t]*年)/g, (m) => [...m].map((c) => CN_DIGIT[c]).join(""))
    .replace(/\d(?:[ \t]\d){3}(?=[ \t]*年)/g, (m) => m.replace(/[ \t]/g, ""))
    .replace(/(\d)[ \t\u3000]+(?=[年月日])/g, "$1")
    .replace(/([年月])[ \t\u3000]+(?=\d)/g, "$1");
}

function collect(text: string, re: RegExp): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < MAX_HEADINGS; m = re.exec(text)) {
    out.push(m[0].replace(/^[ \t\u3000#*]+|[ \t\u3000*]+$/g, ""));
  }
  return out;
}

/** 1–2 digit number in ASCII or Chinese numerals (六, 十二, 二十六). */
function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const i = s.indexOf("十");
  if (i < 0) return CN_DIGIT[s] ?? 0;
  const tens = i === 0 ? 1 : (CN_DIGIT[s[0]!] ?? 0);
  const ones = i === s.length - 1 ? 0 : (CN_DIGIT[s[i + 1]!] ?? 0);
  return tens * 10 + ones;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function explicitDate(head: string): string | null {
  const m = DATED_LINE.exec(head) ?? DASH_DATE.exec(head);
  if (m) return isoDate(Number(m[1]), cnNumber(m[2]!), cnNumber(m[3]!));
  const w = WRITTEN_DATE.exec(head);
  return w ? isoDate(Number(w[1]), Number(w[2]), Number(w[3])) : null;
}

function yearFromFileName(file: string): string | null {
  const base = (file.split(/[\\/]/).pop() ?? "").replace(/\.[^.]*$/, "");
  const years = new Set([...base.matchAll(YEAR_IN_NAME)].map((m) => m[1]!));
  return years.size === 1 ? [...years][0]! : null;
}

function cleanLine(line: string): string {
  const s = line.replace(/(?:[\s\u3000\u200b\ufeff]|\u200d)+/g, " ").trim();
  // "政 府 工 作 报 告": letter-spaced heading
  return /^(\S )+\S$/.test(s) ? s.replace(/ /g, "") : s;
}

function detectTitle(head: string, lines: string[]): string | null {
  const named = /^[ \t\u3000]*名称[:：][ \t\u3000]*([^\n]+)$/m.exec(head);
  if (named) {
    const value = named[1]!.split(/[ \t\u3000]{2,}|[ \t\u3000]+\S{1,6}[:：]/)[0]!.trim();
    if (value) return value;
  }
  const md = /^#[ \t]+([^\n]+)$/m.exec(head);
  if (md) return cleanLine(md[1]!);
  const cleaned = lines.map(cleanLine);
  for (let i = 0; i < cleaned.length; i++) {
    let line = cleaned[i]!;
    if (/^各位代表|[。；！？!?]/.test(line)) break; // the body has started: titles come before it
    if (!line || /^(——|发布日期|索引号)/.test(line)) continue;
    const next = cleaned.slice(i + 1).find((l) => l !== "");
    if (next && next.length <= 2 && !TITLE_END.test(line) && TITLE_END.test(line + next)) line += next; // "政府工作报" / "告"
    const han = line.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (line.length <= 80 && han >= 4 && TITLE_END.test(line)) return line;
  }
  return null;
}

function detectGenre(title: string | null, head: string, headings: string[]): Genre {
  const t = title ?? "";
  if (/政府工作[报報]告/.test(t)) return "gov_work_report";
  if (/(?:计划|规划)\s*执行情况|执行情况[^\n]{0,20}计划/.test(t)) return "plan_execution_report";
  if (/党代会|党代表大会|(?:中国共产党|中共|党的)[^\n]{0,16}代表大会/.test(t)) return "party_congress_report";
  if (NEWS_MARKERS.test(head.slice(0, 600))) return "news";
  if (/作(?:政府)?工作[报報]告|[报報]告(?:过去五年的?)?政府工作|政府工作的建议/.test(head)) return "gov_work_report";
  if (/各位代表/.test(head) && /(?:代表|受)[^。\n]{0,10}国务院|国务院的?(?:决定|委托)/.test(head)) return "gov_work_report";
  const structure = head + "\n" + headings.join("\n");
  if (/(?:计划|规划)\s*执行情况|主要指标完成情况/.test(structure)) return "plan_execution_report";
  if (/党代会|(?:中国共产党|中共)[^。]{0,20}第[一二三四五六七八九十]+届代表大会/.test(head)) return "party_congress_report";
  return "other";
}

function detectIssuer(head: string, lines: string[]): string | null {
  const published = /发布机构[:：][ \t\u3000]*([^\s:：]+)/.exec(head);
  if (published) return published[1]!;
  for (const raw of lines.slice(0, 40)) {
    const line = raw.trim();
    const sig =
      /^([\p{Script=Han}（）()]{0,30}?(?:人民政府|国务院|委员会|局|办公室))(?:区长|市长|县长|省长|局长|主任|书记|总理|副区长|副市长|副局长|代区长|代市长)(?:[ \t\u3000]+[\p{Script=Han}·]{2,5})?$/u.exec(
        line,
      );
    if (sig && sig[1]!.length >= 3) return sig[1]!;
    const org = /^(中共[\p{Script=Han}]{2,12}委员会|[\p{Script=Han}]{2,12}人民政府(?:办公室)?)$/u.exec(line);
    if (org) return org[1]!;
  }
  const party = /代表(?:中共|中国共产党)([\p{Script=Han}]{2,12}?)(?:第[一二三四五六七八九十]+届)?委员会/u.exec(head);
  if (party) return `中共${party[1]}委员会`;
  const gov = /(?:代表|受)(?:中华人民共和国|中共中央和)?(国务院|中央人民政府|[\p{Script=Han}]{2,10}?人民政府)/u.exec(head);
  if (gov) return gov[1]!;
  if (/国务院的?(?:决定|委托)/.test(head)) return "国务院";
  const media = /^[ \t\u3000]*([\p{Script=Han}]{2,8}?(?:融媒体中心|融媒|新闻中心|日报|晚报))记者/mu.exec(head);
  return media ? media[1]! : null;
}

function detectDistrict(head: string, issuer: string | null): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const name of SHENZHEN_DISTRICTS) {
    const count = head.split(name).length - 1;
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  if (best) return best;
  const m = issuer ? /(?:^|市|中共)([\p{Script=Han}]{1,4}?(?:新区|区|县))/u.exec(issuer) : null;
  return m ? m[1]! : null;
}

/** Review and plan years from headings: "一、2024年工作回顾" → reviewed 2024; "2025年工作安排" → planned 2025. */
function classifyYears(lines: string[]): { reviewed: number[]; planned: number | null } {
  const reviewed = new Set<number>();
  const plans: number[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(/(?:回顾|总结)((?:19|20)\d{2})(?!\d)/g)) reviewed.add(Number(m[1]));
    for (const m of line.matchAll(/展望((?:19|20)\d{2})(?!\d)/g)) plans.push(Number(m[1]));
    const years = [...line.matchAll(/((?:19|20)\d{2})年/g)];
    years.forEach((m, i) => {
      const start = m.index + m[0].length;
      const segment = line.slice(start, i + 1 < years.length ? years[i + 1]!.index : line.length);
      const before = line.slice(Math.max(0, m.index - 1), m.index);
      if (/[到至\-－—~～]/.test(before) || /^(?:前|以前|以来)/.test(segment)) return; // horizons and ranges
      const year = Number(m[1]);
      if (REVIEW_WORDS.test(segment)) reviewed.add(year);
      else if (PLAN_WORDS.test(segment)) plans.push(year);
    });
  }
  const sorted = [...reviewed].sort((a, b) => a - b);
  const last = sorted.length ? sorted[sorted.length - 1]! : -Infinity;
  const after = plans.filter((p) => p > last);
  const planned = after.length ? Math.min(...after) : plans.length ? Math.min(...plans) : null;
  return { reviewed: sorted, planned };
}
