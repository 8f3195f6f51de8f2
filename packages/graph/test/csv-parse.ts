/**
 * Test helper: a strict RFC 4180 CSV reader (records end in CRLF; a field is quoted or contains
 * no double quote, comma, CR or LF; inside quotes "" is a quote). Anything else throws, so a
 * serializer that quotes too little fails the tests instead of being read leniently.
 */

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endOfRecord = () => text.startsWith("\r\n", i);
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error(`unclosed quoted field from offset ${i}`);
        field += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
      if (i < text.length && text[i] !== "," && !endOfRecord()) throw new Error(`text after a closing quote at offset ${i}`);
    } else {
      const stop = text.slice(i).search(/[",\r\n]/);
      const end = stop < 0 ? text.length : i + stop;
      field = text.slice(i, end);
      i = end;
      if (i < text.length && text[i] !== "," && !endOfRecord()) throw new Error(`${JSON.stringify(text[i])} in an unquoted field at offset ${i}`);
    }
    row.push(field);
    if (text[i] === ",") {
      i++;
      if (i === text.length) throw new Error("the last record ends in a comma without a CRLF");
    } else {
      if (i < text.length) i += 2;
      else if (!text.endsWith("\r\n")) throw new Error("the last record does not end in CRLF");
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

/** Rows of a CSV table as objects keyed by its header; every row must have the header's width. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error("no header");
  return rows.map((r, n) => {
    if (r.length !== header.length) throw new Error(`row ${n + 1} has ${r.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((h, k) => [h, r[k]!]));
  });
}
