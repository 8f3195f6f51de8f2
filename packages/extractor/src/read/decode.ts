/**
 * Bytes → text for corpus documents (browser-safe: no Node imports).
 *
 * Accepts UTF-8 (with or without BOM; the BOM is removed) and GB18030/GBK. Rejects empty files,
 * binary files (NUL bytes or many control bytes in the first 64 KiB) and bytes that are valid in
 * neither encoding, or that decode as GB18030 but do not look like Chinese text (random or
 * foreign-encoded bytes often decode as rare CJK characters, so we check that common characters
 * make up a reasonable share).
 */

import { ExtractError } from "../errors";

export type TextEncoding = "utf-8" | "utf-8-bom" | "gb18030";

export interface DecodedDocument {
  text: string;
  encoding: TextEncoding;
}

/** Bytes inspected for the binary check. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes (other than tab, line feed, form feed, carriage return, escape) above which a file is binary. */
const MAX_CONTROL_RATIO = 0.05;
/** Characters of decoded GB18030 text inspected by the plausibility check. */
const SAMPLE_CHARS = 64 * 1024;

/**
 * Very frequent Chinese characters (simplified and a few traditional forms). In real Chinese
 * text they make up well over a third of all Han characters; in GB18030 garbage, a few percent.
 */
const COMMON_HAN = new Set(
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研企市场务省县街镇村报告划施推设项目增长亿万元元年度服务全面深化改革发展建设加快推进实施完善提升城乡经济社会国們這會與為個來時說對經國發實們產過動".split(""),
);
const MIN_COMMON_SHARE = 0.15;
/** Share of decoded characters that must be ordinary text (Han, ASCII, CJK punctuation, …). */
const MIN_TEXTLIKE_SHARE = 0.95;

const utf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
let gbDecoder: TextDecoder | null = null;

function gb18030Decoder(): TextDecoder {
  // Node builds without full ICU (and some old browsers) lack gb18030; say so clearly.
  if (!gbDecoder) gbDecoder = new TextDecoder("gb18030", { fatal: true });
  return gbDecoder;
}

/** Decode a document's bytes; throws ExtractError (FILE_EMPTY, FILE_BINARY, ENCODING_UNKNOWN). */
export function decodeDocument(bytes: Uint8Array, file: string): DecodedDocument {
  if (bytes.length === 0) throw new ExtractError("FILE_EMPTY", "file is empty (0 bytes)", file);

  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new ExtractError("ENCODING_UNKNOWN", "file is UTF-16 (byte order mark found); convert it to UTF-8", file);
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  checkNotBinary(body, file);

  let result: DecodedDocument | null = null;
  const utf8 = tryDecode(utf8Decoder, body);
  if (utf8 !== null) {
    result = { text: utf8, encoding: hasBom ? "utf-8-bom" : "utf-8" };
  } else if (!hasBom) {
    let decoder: TextDecoder;
    try {
      decoder = gb18030Decoder();
    } catch {
      throw new ExtractError("ENCODING_UNKNOWN", "not valid UTF-8, and this runtime cannot decode GB18030", file);
    }
    const gb = tryDecode(decoder, body);
    if (gb !== null && looksLikeText(gb)) result = { text: gb, encoding: "gb18030" };
  }
  if (!result) {
    throw new ExtractError(
      "ENCODING_UNKNOWN",
      hasBom
        ? "file starts with a UTF-8 byte order mark but is not valid UTF-8"
        : "text is neither valid UTF-8 nor GB18030/GBK Chinese text; convert it to UTF-8",
      file,
    );
  }
  if (!/\S/.test(result.text)) {
    throw new ExtractError("FILE_EMPTY", `file contains only whitespace (${bytes.length} bytes)`, file);
  }
  return result;
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function checkNotBinary(bytes: Uint8Array, file: string): void {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b >= 0x20 && b !== 0x7f) continue;
    if (b === 0) throw new ExtractError("FILE_BINARY", `binary file (NUL byte at offset ${i}); expected a .txt or .md text`, file);
    // tab, line feed, form feed, carriage return, escape are common in text files
    if (b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x1b) continue;
    control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_RATIO) {
    const pct = ((100 * control) / n).toFixed(1);
    throw new ExtractError("FILE_BINARY", `binary file (${pct}% control bytes in the first ${n} bytes)`, file);
  }
}

function isTextLike(c: number): boolean {
  return (
    (c >= 0x20 && c < 0x7f) ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x0c ||
    (c >= 0xa0 && c <= 0xff) || // Latin-1 punctuation and letters (° × ÷ é)
    (c >= 0x391 && c <= 0x3c9) || // Greek
    (c >= 0x401 && c <= 0x451) || // Cyrillic
    (c >= 0x2010 && c <= 0x2027) || // dashes, quotes, ellipsis
    (c >= 0x2030 && c <= 0x203b) ||
    (c >= 0x2100 && c <= 0x22ff) || // letterlike, number forms (Ⅰ), arrows, maths
    (c >= 0x2460 && c <= 0x24ff) || // ①
    (c >= 0x2500 && c <= 0x26ff) || // box drawing, shapes, symbols
    (c >= 0x3000 && c <= 0x303f) || // CJK punctuation
    (c >= 0x3040 && c <= 0x312f) || // kana, bopomofo
    (c >= 0x3200 && c <= 0x33ff) || // enclosed CJK, compatibility
    (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
    (c >= 0xff00 && c <= 0xffef) // full-width forms
  );
}

/** Does GB18030-decoded text look like real (Chinese) text rather than mis-decoded bytes? */
function looksLikeText(text: string): boolean {
  const n = Math.min(text.length, SAMPLE_CHARS);
  let counted = 0;
  let textLike = 0;
  let han = 0;
  let common = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x3000) continue;
    counted++;
    if (isTextLike(c)) textLike++;
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (COMMON_HAN.has(text[i]!)) common++;
    }
  }
  if (counted === 0) return true; // whitespace only: reported as FILE_EMPTY by the caller
  if (textLike / counted < MIN_TEXTLIKE_SHARE) return false;
  // Enough Han characters to judge: most text must be made of frequent characters.
  if (han >= 20 && common / han < MIN_COMMON_SHARE) return false;
  return true;
}
