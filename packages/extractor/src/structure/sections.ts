/**
 * Section tree from numbered headings ("一、", "（二）", "1.", "一是", markdown "#") and the time
 * each section speaks about: its year and modality (done / plan / target), inherited by
 * sub-sections that do not say otherwise.
 */

import type { Modality } from "../schema/vocabulary";
import { parseYear } from "./time";

export interface SectionNode {
  /** position in document order, 0 = the document root */
  index: number;
  parent: number | null;
  level: number;
  /** heading text (cleaned) */
  title: string;
  /** cleaned offsets of the heading line and of the whole section (heading to next sibling) */
  headingStart: number;
  headingEnd: number;
  start: number;
  end: number;
  year: number | null;
  modality: Modality | null;
  /** true when the heading itself named the year or modality */
  explicit: boolean;
}

interface HeadingRule {
  level: number;
  re: RegExp;
  /** headings of this kind that run on into the paragraph end their title at the first "。" */
  runIn: boolean;
}

const CN_NUM = "一二三四五六七八九十";
const HEADING_RULES: HeadingRule[] = [
  { level: 1, re: new RegExp(`^(?:第[${CN_NUM}]+[部章]分?|[${CN_NUM}]{1,3}、|附件[\\d一二三四五]?\\s*$|(?:附件\\s*)?(?:有关|相关)?名词(?:解释|注释)\\s*$)`), runIn: false },
  { level: 2, re: new RegExp(`^\\([${CN_NUM}]{1,3}\\)`), runIn: true },
  { level: 3, re: /^\d{1,2}[.、](?!\d)/, runIn: true },
  { level: 4, re: new RegExp(`^(?:[${CN_NUM}]是|第[${CN_NUM}]，)`), runIn: true },
];

const DONE_WORDS = /回顾|完成情况|执行情况|成效|成绩|取得|过去|总结|进展|工作回顾/;
const TARGET_WORDS = /目标|预期|指标|展望/;
const PLAN_WORDS = /安排|计划|重点|任务|举措|部署|思路|要求|建议|工作|推进|着力/;
const GLOSSARY_WORDS = /名词解释|附件|注释|释义/;

/** Markdown heading levels are handled by the normaliser dropping "#"; short title-like lines below. */

export interface SectionOptions {
  /** year reviewed when a heading says "回顾" without a year */
  reviewYear: number | null;
  /** year planned when a heading says "安排" without a year */
  planYear: number | null;
}

export function headingModality(title: string): Modality | null {
  if (GLOSSARY_WORDS.test(title)) return null;
  const done = DONE_WORDS.exec(title);
  const target = TARGET_WORDS.exec(title);
  const plan = PLAN_WORDS.exec(title);
  if (done && !target) return "done";
  if (target && (!done || (done.index < target.index && /\d{4}/.test(title.slice(done.index))))) return "target";
  if (done) return "done";
  if (plan && /\d{4}/.test(title)) return "plan";
  return null;
}

/** Find headings in the cleaned text and build the tree. Root = index 0 spanning everything. */
export function buildSections(text: string, options: SectionOptions): SectionNode[] {
  const root: SectionNode = {
    index: 0,
    parent: null,
    level: 0,
    title: "",
    headingStart: 0,
    headingEnd: 0,
    start: 0,
    end: text.length,
    year: null,
    modality: null,
    explicit: false,
  };
  const nodes: SectionNode[] = [root];
  const stack: SectionNode[] = [root];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trimStart();
    const lead = line.length - trimmed.length;
    for (const rule of HEADING_RULES) {
      const m = rule.re.exec(trimmed);
      if (!m) continue;
      let titleEnd = trimmed.length;
      if (rule.runIn) {
        const stop = trimmed.search(/[。:：;!?]/);
        if (stop >= 0) titleEnd = stop;
      } else if (trimmed.length > 60) {
        const stop = trimmed.search(/[。:;]/);
        if (stop >= 0) titleEnd = stop;
      }
      if (titleEnd > 80) break; // a numbered paragraph, not a heading
      while (stack.length > 1 && stack[stack.length - 1]!.level >= rule.level) {
        stack.pop()!.end = lineStart;
      }
      const parent = stack[stack.length - 1]!;
      const title = trimmed.slice(0, titleEnd);
      const node: SectionNode = {
        index: nodes.length,
        parent: parent.index,
        level: rule.level,
        title,
        headingStart: lineStart + lead,
        headingEnd: lineStart + lead + titleEnd,
        start: lineStart + lead,
        end: text.length,
        year: parent.year,
        modality: parent.modality,
        explicit: false,
      };
      const titleYear = parseYear(title) ?? bareYear(title);
      let modality = headingModality(title);
      // sub-headings only refine time where the parent says nothing, or plan → target
      if (rule.level >= 2 && parent.modality !== null && !(parent.modality === "plan" && modality === "target")) {
        modality = null;
      }
      if (GLOSSARY_WORDS.test(title) && rule.level === 1) {
        node.year = null;
        node.modality = null;
        node.explicit = true;
      }
      if (modality) {
        node.modality = modality;
        node.explicit = true;
        if (titleYear === null) {
          if (modality === "done" && options.reviewYear !== null) node.year = options.reviewYear;
          if (modality !== "done" && options.planYear !== null) node.year = options.planYear;
        }
      }
      if (titleYear !== null && (modality || rule.level === 1)) {
        node.year = titleYear;
        node.explicit = true;
      }
      nodes.push(node);
      stack.push(node);
      break;
    }
    lineStart = lineEnd + 1;
  }
  return nodes;
}

function bareYear(title: string): number | null {
  const m = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(title);
  return m ? Number(m[1]) : null;
}

/** Innermost section containing a cleaned offset (sections are in document order). */
export function sectionAt(sections: SectionNode[], offset: number): SectionNode {
  let best = sections[0]!;
  for (let i = 1; i < sections.length; i++) {
    const s = sections[i]!;
    if (s.start > offset) break;
    if (offset < s.end) best = s;
  }
  return best;
}
