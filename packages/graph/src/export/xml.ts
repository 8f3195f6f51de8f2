/**
 * XML escaping for the hand-written GEXF and GraphML serializers. Text keeps its line feeds and
 * escapes carriage returns (&#13;), which parsers would otherwise drop from CR LF; attribute values
 * escape tabs and line breaks too, which parsers would otherwise fold into spaces. Characters
 * XML 1.0 cannot hold (control characters but tab, line feed and carriage return, U+FFFE,
 * U+FFFF, lone surrogates) are dropped.
 */

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };
/** in text: markup characters, carriage returns (parsers turn a raw CR LF into LF), and characters that are not XML 1.0 Chars */
const TEXT_SPECIAL = /[&<>\r]|[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** in attribute values: the same, the double quote, and tab and line breaks */
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]|[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const escape = (c: string): string => ESCAPES[c] ?? "";

export const xmlText = (s: string): string => s.replace(TEXT_SPECIAL, escape);
export const xmlAttribute = (s: string): string => s.replace(ATTRIBUTE_SPECIAL, escape);

type XmlValues = Record<string, string | number | undefined>;

/** ` name="value"` for every defined value, in order. */
function xmlAttributes(values: XmlValues): string {
  let out = "";
  for (const [name, value] of Object.entries(values)) if (value !== undefined) out += ` ${name}="${xmlAttribute(String(value))}"`;
  return out;
}

/** Pretty-printed XML, line by line, two spaces per level: open/close elements, empty elements, text elements. */
export class XmlWriter {
  private readonly lines: string[] = [`<?xml version="1.0" encoding="UTF-8"?>`];
  private indent = "";

  open(name: string, values: XmlValues = {}): this {
    this.lines.push(`${this.indent}<${name}${xmlAttributes(values)}>`);
    this.indent += "  ";
    return this;
  }

  close(name: string): this {
    this.indent = this.indent.slice(2);
    this.lines.push(`${this.indent}</${name}>`);
    return this;
  }

  /** `<name …/>` */
  empty(name: string, values: XmlValues = {}): this {
    this.lines.push(`${this.indent}<${name}${xmlAttributes(values)}/>`);
    return this;
  }

  /** `<name …>text</name>` */
  text(name: string, values: XmlValues, text: string): this {
    this.lines.push(`${this.indent}<${name}${xmlAttributes(values)}>${xmlText(text)}</${name}>`);
    return this;
  }

  toString(): string {
    return `${this.lines.join("\n")}\n`;
  }
}
