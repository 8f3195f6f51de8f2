/**
 * Time cues in Chinese report text: years in headings, explicit dates ("2025年9月") and horizons
 * ("到2027年", "2030年前") in sentences, relative years (今年, 去年, 明年).
 */

import type { Modality } from "../schema/vocabulary";

const YEAR = /((?:19|20)\d{2})\s*年/;
const CN_DIGITS: Record<string, string> = { 〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
const CN_YEAR = /([一二三四五六七八九〇零]{4})年/;

/** First four-digit year written as "YYYY年" (or with Chinese digits) in a text, or null. */
export function parseYear(text: string): number | null {
  const m = YEAR.exec(text);
  if (m) return Number(m[1]);
  const c = CN_YEAR.exec(text);
  if (c) {
    const digits = [...c[1]!].map((ch) => CN_DIGITS[ch] ?? "").join("");
    const y = Number(digits);
    if (y >= 1900 && y <= 2100) return y;
  }
  return null;
}

export interface TimeCue {
  year: number;
  modality: Modality;
}

const HORIZON = /(?:到|至|截至|截止到|力争到|预计到|计划到)\s*((?:19|20)\d{2})\s*年(?:底|末|前)?|((?:19|20)\d{2})\s*年(?:前|以前|底前)/;
const DATED = /((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月|[上下]半年|初|底|末|以来)/;
const LEADING_YEAR = /^(?:[^,。;]{0,6}?)((?:19|20)\d{2})\s*年[,，]/;

/**
 * Time named by a sentence itself, overriding its section.
 * `referenceYear` is the year the document was delivered (dates after it are plans).
 */
export function sentenceTime(sentence: string, referenceYear: number | null, sectionModality: Modality | null): TimeCue | null {
  const h = HORIZON.exec(sentence);
  if (h) {
    const year = Number(h[1] ?? h[2]);
    if (referenceYear === null || year > referenceYear || sectionModality !== "done") {
      return { year, modality: "target" };
    }
  }
  const d = DATED.exec(sentence) ?? LEADING_YEAR.exec(sentence);
  if (d) {
    const year = Number(d[1]);
    if (sectionModality === "plan" || sectionModality === "target") {
      // a plan section that names an earlier date reports something already done
      if (referenceYear !== null && year < referenceYear) return { year, modality: "done" };
      return null;
    }
    return { year, modality: referenceYear !== null && year > referenceYear ? "plan" : "done" };
  }
  return null;
}
