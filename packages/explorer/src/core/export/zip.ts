/**
 * A ZIP archive of a few small files, without compression (method 0, "stored"): a local header
 * and the bytes of each file, then the central directory and its end record (PKWARE APPNOTE
 * 6.3). Names are UTF-8 (flag bit 11). Enough for the CSV export's five files, with no
 * dependency; no ZIP64, so each file and the archive stay under 4 GiB. Also the CRC-32 that ZIP
 * and PNG chunks use. Pure.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as in ZIP and PNG) of the bytes. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
}

/** MS-DOS date and time of a moment (local fields of the UTC time, 2-second steps, 1980 at the earliest). */
function dosDateTime(at: Date): { date: number; time: number } {
  const year = Math.max(1980, at.getUTCFullYear());
  return {
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
  };
}

const UTF8_NAMES = 0x0800;
const VERSION = 20; // 2.0: what a stored entry needs

/** The archive's bytes; entries in the order given, all dated `at` (default: now). */
export function zipStored(entries: readonly ZipEntry[], at: Date = new Date()): Uint8Array {
  const encoder = new TextEncoder();
  const { date, time } = dosDateTime(at);
  const files = entries.map((e) => {
    const data = typeof e.data === "string" ? encoder.encode(e.data) : e.data;
    return { name: encoder.encode(e.name), data, crc: crc32(data) };
  });
  const localSize = files.reduce((n, f) => n + 30 + f.name.length + f.data.length, 0);
  const centralSize = files.reduce((n, f) => n + 46 + f.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let pos = 0;
  const u16 = (v: number) => void (view.setUint16(pos, v, true), (pos += 2));
  const u32 = (v: number) => void (view.setUint32(pos, v >>> 0, true), (pos += 4));
  const bytes = (b: Uint8Array) => void (out.set(b, pos), (pos += b.length));
  /** the fields local and central headers share: flags, method, time, date, crc, sizes, name length */
  const common = (f: (typeof files)[number]) => {
    u16(UTF8_NAMES);
    u16(0);
    u16(time);
    u16(date);
    u32(f.crc);
    u32(f.data.length);
    u32(f.data.length);
    u16(f.name.length);
  };
  const offsets: number[] = [];
  for (const f of files) {
    offsets.push(pos);
    u32(0x04034b50);
    u16(VERSION);
    common(f);
    u16(0); // extra field length
    bytes(f.name);
    bytes(f.data);
  }
  const centralStart = pos;
  files.forEach((f, i) => {
    u32(0x02014b50);
    u16(VERSION);
    u16(VERSION);
    common(f);
    u16(0); // extra field length
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offsets[i]!);
    bytes(f.name);
  });
  const centralEnd = pos;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(files.length);
  u16(files.length);
  u32(centralEnd - centralStart);
  u32(centralStart);
  u16(0); // comment length
  return out;
}
