/**
 * Sentences of the cleaned text with the time each speaks about: the year and modality of the
 * innermost section, overridden by dates or horizons the sentence names itself.
 */

import type { Modality } from "../schema/vocabulary";
import type { SectionNode } from "./sections";
import { sentenceTime } from "./time";

export interface Sentence {
  start: number;
  end: number;
  section: number;
  year: number | null;
  modality: Modality | null;
}

const BOUNDARY = /[。!?;\n]/g;

export interface SentenceOptions {
  /** year the document was delivered: dates after it are plans, horizons before it are done */
  referenceYear: number | null;
  /**
   * News has no review/plan sections: a statement without a date of its own is about the year of
   * publication (done), or the year after when it says what will happen (将, 即将, 计划…).
   */
  undatedYear?: number | null;
  /**
   * Reports whose headings carry no years: an undated statement before `planFrom` is about the
   * year reviewed (done), after it about the year planned (plan).
   */
  fallback?: { reviewYear: number | null; planYear: number | null; planFrom: number };
}

const FUTURE = /即将|将要|将于|计划|拟|力争|未来|将[\p{Script=Han}]/u;

export function splitSentences(text: string, sections: SectionNode[], options: SentenceOptions): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let sec = 0;
  const push = (s: number, e: number) => {
    while (s < e && (text[s] === " " || text[s] === "\n")) s++;
    if (e <= s) return;
    // innermost section containing s: sections are in document order
    while (sec + 1 < sections.length && sections[sec + 1]!.start <= s) sec++;
    let inner = sec;
    while (inner > 0 && sections[inner]!.end <= s) inner = sections[inner]!.parent ?? 0;
    const section = sections[inner]!;
    const body = text.slice(s, e);
    const cue = sentenceTime(body, options.referenceYear, section.modality);
    let year = cue ? cue.year : section.year;
    let modality = cue ? cue.modality : section.modality;
    if (year === null && options.undatedYear != null) {
      const future = FUTURE.test(body);
      year = options.undatedYear + (future ? 1 : 0);
      modality = future ? "plan" : "done";
    }
    if (year === null && options.fallback) {
      const f = options.fallback;
      const planning = s >= f.planFrom && f.planYear !== null;
      year = planning ? f.planYear : f.reviewYear;
      modality = year === null ? modality : planning ? "plan" : "done";
    }
    out.push({ start: s, end: e, section: inner, year, modality });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    push(start, m.index + (m[0] === "\n" ? 0 : 1));
    start = m.index + 1;
  }
  push(start, text.length);
  return out;
}

/** Index of the sentence containing a cleaned offset (binary search). */
export function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where a report turns from review to plan ("今年的主要任务", "2002年的工作安排"); end of text if nowhere. */
const PLAN_INTRO =
  /(?:今年|(?:19|20)\d{2}年)(?:的)?(?:政府工作|经济社会发展|经济和社会发展|工作)?(?:的)?(?:主要任务|总体要求|工作安排|主要目标|预期目标)|(?:关于|对)今年(?:的)?工作/;
export function planStart(clean: string): number {
  const m = PLAN_INTRO.exec(clean);
  return m ? m.index : clean.length;
}
