/**
 * Offset-preserving normalisation.
 *
 * Produces a cleaned text for analysis plus a map from every cleaned character back to its
 * position in the ORIGINAL text, so each span the extractor reports can be highlighted in the
 * source. Handles: page chrome lines, private-use icons, markdown emphasis, LaTeX sub/superscripts,
 * full/half-width folding, OCR variant characters, spaces inside Chinese text, and lines broken
 * in the middle of words.
 */

import { VARIANT_CHARS } from "./variants";

export interface NormalizedText {
  /** cleaned text: ASCII punctuation for full-width forms, "\n" between paragraphs */
  readonly text: string;
  /** map[i] = offset in the original of cleaned char i; map[text.length] = original length */
  readonly map: Int32Array;
}

/** Lines that are web-page furniture, not content. */
const CHROME_LINE =
  /^[ \t\u3000]*(?:无障碍|政府信息公开|【打印】|【字体|分享到|浏览次数|发布日期[:：]|索引号[:：]|发布机构[:：]|名称[:：]|文号[:：]|主题词[:：]|分类[:：]|来源[:：]|扫一扫|相关链接|上一篇|下一篇).*$/gm;
const LATEX_SUB = /[_^]\{([^{}\n]{1,12})\}/g;
const MD_EMPHASIS = /\*\*|__/g;
const MD_HEADING = /^[ \t]*#{1,6}[ \t]+/gm;

const HAN = /\p{Script=Han}/u;

function isWordChar(ch: string): boolean {
  if (ch === "") return false;
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0x2e80) return false;
  return HAN.test(ch);
}

function isAsciiAlnum(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A line that starts like a heading or a list item must never be glued to the line before. */
const LINE_START_MARKER =
  /^(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]是|[-—–•·#*]|附件|第[一二三四五六七八九十\d]+[章节部分])/;

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x3000) return " ";
  if (ch === "『" || ch === "「") return "“";
  if (ch === "』" || ch === "」") return "”";
  const v = VARIANT_CHARS[ch];
  return v ?? ch;
}

function isPrivateUse(code: number): boolean {
  return code >= 0xe000 && code <= 0xf8ff;
}

/** Minimum length of a line (in cleaned chars) that is treated as a paragraph broken mid-word. */
const MIN_BROKEN_LINE = 30;

export function normalizeText(original: string): NormalizedText {
  const n = original.length;
  const drop = new Uint8Array(n);
  const markAll = (re: RegExp, whole: boolean) => {
    re.lastIndex = 0;
    for (let m = re.exec(original); m; m = re.exec(original)) {
      if (whole) drop.fill(1, m.index, m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
  };
  markAll(CHROME_LINE, true);
  markAll(MD_EMPHASIS, true);
  markAll(MD_HEADING, true);
  LATEX_SUB.lastIndex = 0;
  for (let m = LATEX_SUB.exec(original); m; m = LATEX_SUB.exec(original)) {
    drop[m.index] = 1;
    drop[m.index + 1] = 1;
    drop[m.index + m[0].length - 1] = 1;
  }

  const out: string[] = [];
  const map: number[] = [];
  let lineStart = 0; // index in out where the current cleaned line starts
  let i = 0;
  while (i < n) {
    if (drop[i]) {
      i++;
      continue;
    }
    const code = original.charCodeAt(i);
    // surrogate pairs: private-use planes are dropped, others copied as they are
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const cp = original.codePointAt(i)!;
      if (cp >= 0xf0000) {
        i += 2;
        continue;
      }
      out.push(original[i]!, original[i + 1]!);
      map.push(i, i + 1);
      i += 2;
      continue;
    }
    if (isPrivateUse(code) || code === 0xfeff || code === 0x200b || code === 0xfffd) {
      i++;
      continue;
    }
    const ch = foldChar(original[i]!);
    if (ch === " " || ch === "\t" || ch === "\r" || ch === "\n" || ch === "\u00a0") {
      // a run of white space (possibly with dropped chars inside it)
      let j = i;
      let newline = -1;
      while (j < n) {
        if (drop[j]) {
          j++;
          continue;
        }
        const cj = foldChar(original[j]!);
        if (cj === " " || cj === "\t" || cj === "\r" || cj === "\n" || cj === "\u00a0" || isPrivateUse(original.charCodeAt(j))) {
          if (cj === "\n" && newline < 0) newline = j;
          j++;
          continue;
        }
        break;
      }
      const prev = out.length > 0 ? out[out.length - 1]! : "";
      const next = j < n ? foldChar(original[j]!) : "";
      if (newline >= 0) {
        const lineLen = out.length - lineStart;
        const rest = original.slice(j, j + 12);
        const glue =
          isWordChar(prev) &&
          isWordChar(next) &&
          lineLen >= MIN_BROKEN_LINE &&
          !LINE_START_MARKER.test(rest) &&
          !(isAsciiAlnum(prev) && isAsciiAlnum(next));
        if (!glue && out.length > 0 && prev !== "\n") {
          out.push("\n");
          map.push(newline);
          lineStart = out.length;
        }
      } else if (isAsciiAlnum(prev) && isAsciiAlnum(next)) {
        out.push(" ");
        map.push(i);
      } else if (prev !== "" && prev !== "\n" && next !== "" && !isWordChar(prev) && !isWordChar(next) && prev !== " ") {
        // keep one space between two punctuation/Latin symbols so tokens stay apart
        out.push(" ");
        map.push(i);
      }
      i = j;
      continue;
    }
    out.push(ch);
    map.push(i);
    i++;
  }
  map.push(n);
  return { text: out.join(""), map: Int32Array.from(map) };
}

/** Original [start, end) for a cleaned span [start, end). */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = norm.map[start] ?? norm.map[norm.map.length - 1]!;
    return { start: at, end: at };
  }
  return { start: norm.map[start]!, end: norm.map[end - 1]! + 1 };
}
