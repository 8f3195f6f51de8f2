/**
 * decodeDocument: UTF-8 (with/without BOM), GB18030/GBK, and the errors for empty, binary and
 * undecodable input. Asserts error codes only.
 */

import { describe, expect, it } from "vitest";
import { isExtractError } from "../src/errors";
import { decodeDocument } from "../src/read/decode";

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return "OK";
  } catch (e) {
    return isExtractError(e) ? e.code : `not an ExtractError: ${String(e)}`;
  }
}

/** GBK two-byte codes (looked up with TextDecoder("gb18030") and checked below). */
const GBK: Record<string, [number, number]> = {
  中: [0xd6, 0xd0],
  文: [0xce, 0xc4],
  龙: [0xc1, 0xfa],
  岗: [0xb8, 0xda],
  区: [0xc7, 0xf8],
  年: [0xc4, 0xea],
  政: [0xd5, 0xfe],
  府: [0xb8, 0xae],
  工: [0xb9, 0xa4],
  作: [0xd7, 0xf7],
  报: [0xb1, 0xa8],
  告: [0xb8, 0xe6],
};

function encodeGbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const pair = GBK[ch];
    if (pair) out.push(...pair);
    else if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else throw new Error(`no GBK fixture for ${ch}`);
  }
  return Uint8Array.from(out);
}

/** Deterministic pseudo-random bytes in [lo, hi]. */
function pseudoRandomBytes(length: number, lo: number, hi: number, seed = 42): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = lo + ((x >>> 24) % (hi - lo + 1));
  }
  return out;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeDocument: accepted encodings", () => {
  it("decodes UTF-8", () => {
    const r = decodeDocument(utf8("龙岗区2025年政府工作报告\n各位代表：\n"), "a.txt");
    expect(r).toEqual({ text: "龙岗区2025年政府工作报告\n各位代表：\n", encoding: "utf-8" });
  });

  it("decodes UTF-8 with a BOM and removes the BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("中文 text")]);
    const r = decodeDocument(bytes, "a.md");
    expect(r.encoding).toBe("utf-8-bom");
    expect(r.text).toBe("中文 text");
    expect(r.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("the GBK fixtures are what TextDecoder('gb18030') says", () => {
    const decoder = new TextDecoder("gb18030");
    for (const [ch, pair] of Object.entries(GBK)) expect(decoder.decode(Uint8Array.from(pair))).toBe(ch);
  });

  it("decodes GBK/GB18030 (short text)", () => {
    const r = decodeDocument(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]), "a.txt");
    expect(r).toEqual({ text: "中文", encoding: "gb18030" });
  });

  it("round-trips a longer GB18030 text", () => {
    const text = "龙岗区2025年政府工作报告\r\n".repeat(40) + "中文 ok\n";
    const r = decodeDocument(encodeGbk(text), "a.txt");
    expect(r.encoding).toBe("gb18030");
    expect(r.text).toBe(text);
  });

  it("keeps UTF-8 when the bytes are valid in both (ASCII)", () => {
    expect(decodeDocument(utf8("plain ASCII text\n"), "a.txt").encoding).toBe("utf-8");
  });
});

describe("decodeDocument: errors", () => {
  it("FILE_EMPTY for 0 bytes", () => {
    expect(codeOf(() => decodeDocument(new Uint8Array(0), "e.txt"))).toBe("FILE_EMPTY");
  });

  it("FILE_EMPTY for whitespace only (including a BOM and full-width spaces)", () => {
    expect(codeOf(() => decodeDocument(utf8(" \n\t\r\n\u3000 "), "e.txt"))).toBe("FILE_EMPTY");
    expect(codeOf(() => decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf]), "e.txt"))).toBe("FILE_EMPTY");
  });

  it("FILE_BINARY for NUL bytes", () => {
    const bytes = new Uint8Array([...utf8("中文"), 0x00, ...utf8("abc")]);
    expect(codeOf(() => decodeDocument(bytes, "b.txt"))).toBe("FILE_BINARY");
  });

  it("FILE_BINARY for many control bytes", () => {
    expect(codeOf(() => decodeDocument(pseudoRandomBytes(4096, 0x01, 0x7f), "b.txt"))).toBe("FILE_BINARY");
  });

  it("ENCODING_UNKNOWN for bytes invalid in UTF-8 and GB18030", () => {
    const bytes = new Uint8Array([...utf8("abc"), 0xff, 0xff, ...utf8("def")]);
    expect(codeOf(() => decodeDocument(bytes, "x.txt"))).toBe("ENCODING_UNKNOWN");
  });

  it("ENCODING_UNKNOWN for high bytes that decode as GB18030 but are not text", () => {
    const bytes = pseudoRandomBytes(8000, 0x81, 0xfe);
    expect(() => new TextDecoder("gb18030", { fatal: true }).decode(bytes)).not.toThrow();
    expect(codeOf(() => decodeDocument(bytes, "x.txt"))).toBe("ENCODING_UNKNOWN");
  });

  it("ENCODING_UNKNOWN for UTF-16 and for a UTF-8 BOM followed by invalid bytes", () => {
    expect(codeOf(() => decodeDocument(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e]), "x.txt"))).toBe("ENCODING_UNKNOWN");
    expect(codeOf(() => decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, 0xd6, 0xd0]), "x.txt"))).toBe("ENCODING_UNKNOWN");
  });
});
