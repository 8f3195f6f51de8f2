/**
 * PNG metadata for a figure: the pixel density (pHYs, so a 3× image of a 96 dpi screen prints at
 * 288 dpi, the size it had on screen) and text (iTXt, UTF-8: the caption and the provenance
 * record), inserted after the image header of the PNG the canvas made. Also the size from the
 * header. Pure.
 */

import { crc32 } from "./zip";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** signature (8) + IHDR chunk (4 length + 4 type + 13 data + 4 crc) */
const AFTER_IHDR = 33;
/** CSS pixels per inch */
export const CSS_DPI = 96;

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= AFTER_IHDR && SIGNATURE.every((b, i) => bytes[i] === b) && String.fromCharCode(...bytes.subarray(12, 16)) === "IHDR";
}

/** Width and height from the IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (!isPng(bytes)) throw new Error("not a PNG image");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The chunks of a PNG: type, and offset and length of the data. */
export function pngChunks(bytes: Uint8Array): { type: string; offset: number; length: number }[] {
  if (!isPng(bytes)) throw new Error("not a PNG image");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: { type: string; offset: number; length: number }[] = [];
  for (let at = SIGNATURE.length; at + 12 <= bytes.length; ) {
    const length = view.getUint32(at);
    out.push({ type: String.fromCharCode(...bytes.subarray(at + 4, at + 8)), offset: at + 8, length });
    at += 12 + length;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeAndData = out.subarray(4, 8 + data.length);
  typeAndData.set(new TextEncoder().encode(type));
  typeAndData.set(data, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return out;
}

/** pHYs: pixels per metre on both axes. */
function physChunk(dpi: number): Uint8Array {
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  const perMetre = Math.round(dpi / 0.0254);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1; // unit: metre
  return data;
}

/** iTXt, uncompressed, no language tag: keyword NUL 0 0 NUL NUL text (UTF-8). */
function itxtChunk(keyword: string, text: string): Uint8Array {
  const encoder = new TextEncoder();
  const key = encoder.encode(keyword);
  const body = encoder.encode(text);
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  data.set(body, key.length + 5);
  return data;
}

/** The PNG with a pHYs chunk for `dpi` (unless it has one) and an iTXt chunk per text, after IHDR. */
export function withPngMetadata(png: Uint8Array, options: { dpi: number; text: Record<string, string> }): Uint8Array {
  const hasPhys = pngChunks(png).some((c) => c.type === "pHYs");
  const added = [...(hasPhys ? [] : [chunk("pHYs", physChunk(options.dpi))]), ...Object.entries(options.text).map(([k, v]) => chunk("iTXt", itxtChunk(k, v)))];
  const out = new Uint8Array(png.length + added.reduce((n, c) => n + c.length, 0));
  out.set(png.subarray(0, AFTER_IHDR), 0);
  let at = AFTER_IHDR;
  for (const c of added) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(AFTER_IHDR), at);
  return out;
}
