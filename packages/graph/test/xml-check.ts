/**
 * Test helpers for the XML exports: a strict XML 1.0 well-formedness check (xmldom, the parser
 * graphology-gexf uses, lets through a raw `&`, a `<` in an attribute value and control
 * characters), and a DOM parser (that xmldom, reached through graphology-gexf so that no
 * dependency is added) for reading the structure.
 */

import { createRequire } from "node:module";

const isXmlChar = (cp: number) => cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
const NAME = /^[:A-Z_a-z\u00C0-\uFFFD][:A-Z_a-z\u00C0-\uFFFD.0-9\u00B7-]*$/u;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;
const START_TAG = /<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Problem with `&` references in character data or an attribute value, or null. */
function referenceProblem(s: string): string | null {
  for (let i = s.indexOf("&"); i >= 0; i = s.indexOf("&", i + 1)) {
    REFERENCE.lastIndex = i;
    const m = REFERENCE.exec(s);
    if (!m) return `bare "&" in ${JSON.stringify(s.slice(i, i + 20))}`;
    const cp = m[2] ? Number(m[2]) : m[3] ? parseInt(m[3], 16) : null;
    if (cp !== null && !isXmlChar(cp)) return `reference to character U+${cp.toString(16)}, which XML does not allow`;
  }
  return null;
}

function textProblem(text: string, inRoot: boolean): string | null {
  if (!inRoot && text.trim() !== "") return `text outside the root element: ${JSON.stringify(text.slice(0, 20))}`;
  if (text.includes("]]>")) return `"]]>" in text`;
  return referenceProblem(text);
}

function startTagProblem(name: string, attributes: string): string | null {
  if (!NAME.test(name)) return `bad element name ${JSON.stringify(name)}`;
  const seen = new Set<string>();
  for (const m of attributes.matchAll(ATTRIBUTE)) {
    const [, attr, dq, sq] = m;
    const value = dq ?? sq ?? "";
    if (!NAME.test(attr!)) return `bad attribute name ${JSON.stringify(attr)}`;
    if (seen.has(attr!)) return `attribute ${attr} twice on <${name}>`;
    seen.add(attr!);
    if (value.includes("<")) return `"<" in the value of ${attr} on <${name}>`;
    const problem = referenceProblem(value);
    if (problem) return problem;
  }
  return null;
}

/** The first well-formedness problem of an XML document, or null. */
export function wellFormedProblem(xml: string): string | null {
  let offset = 0;
  for (const ch of xml) {
    const cp = ch.codePointAt(0)!;
    if (!isXmlChar(cp)) return `character U+${cp.toString(16)} at offset ${offset}, which XML does not allow`;
    offset += ch.length;
  }
  let i = 0;
  if (xml.startsWith("<?xml")) {
    const end = xml.indexOf("?>");
    if (end < 0) return "unterminated XML declaration";
    i = end + 2;
  }
  const stack: string[] = [];
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const problem = textProblem(xml.slice(i, lt < 0 ? xml.length : lt), stack.length > 0);
    if (problem) return problem;
    if (lt < 0) break;
    const skip = (open: string, close: string): number => (xml.startsWith(open, lt) ? xml.indexOf(close, lt + open.length) : -2);
    let end: number;
    if ((end = skip("<!--", "-->")) !== -2) {
      if (end < 0 || xml.slice(lt + 4, end).includes("--")) return `bad comment at offset ${lt}`;
      i = end + 3;
    } else if ((end = skip("<![CDATA[", "]]>")) !== -2) {
      if (end < 0 || stack.length === 0) return `bad CDATA section at offset ${lt}`;
      i = end + 3;
    } else if ((end = skip("<?", "?>")) !== -2) {
      if (end < 0) return `unterminated processing instruction at offset ${lt}`;
      i = end + 2;
    } else if (xml.startsWith("<!", lt)) {
      return `unexpected declaration at offset ${lt}`;
    } else if (xml.startsWith("</", lt)) {
      const m = /^<\/([^\s>]+)\s*>/.exec(xml.slice(lt, lt + 300));
      const open = stack.pop();
      if (!m || m[1] !== open) return `end tag ${m ? `</${m[1]}>` : "(malformed)"} at offset ${lt} does not close <${open ?? "nothing"}>`;
      i = lt + m[0].length;
    } else {
      START_TAG.lastIndex = lt;
      const m = START_TAG.exec(xml);
      if (!m) return `malformed start tag at offset ${lt}: ${JSON.stringify(xml.slice(lt, lt + 40))}`;
      const tagProblem = startTagProblem(m[1]!, m[2]!);
      if (tagProblem) return tagProblem;
      if (stack.length === 0 && ++roots > 1) return `a second root element <${m[1]}>`;
      if (m[3] !== "/") stack.push(m[1]!);
      i = lt + m[0].length;
    }
  }
  if (stack.length > 0) return `<${stack[stack.length - 1]}> is never closed`;
  return roots === 1 ? null : "no root element";
}

interface XmlDomParser {
  parseFromString(source: string, mimeType: string): Document;
}

const fromGexf = createRequire(createRequire(import.meta.url).resolve("graphology-gexf"));
const { DOMParser } = fromGexf("@xmldom/xmldom") as { DOMParser: new (options?: { errorHandler?: Record<string, (m: string) => void> }) => XmlDomParser };

/** A DOM of the document; any warning or error of the parser throws. */
export function parseXml(xml: string): Document {
  const fail = (m: string) => {
    throw new Error(m);
  };
  return new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(xml, "application/xml");
}

/** Child elements of `parent` with this tag name (direct children only). */
export function children(parent: Element, tag: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).tagName === tag) out.push(n as Element);
  return out;
}
