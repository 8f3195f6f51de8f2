// The checks the export tests rely on must themselves reject bad input: the XML well-formedness
// check and the strict RFC 4180 reader. Also: the recorded tool version is the package's.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TOOL_VERSION } from "../src/index";
import { parseCsv } from "./csv-parse";
import { ROOT } from "./seeds";
import { wellFormedProblem } from "./xml-check";

describe("wellFormedProblem", () => {
  it("accepts well-formed XML", () => {
    expect(wellFormedProblem(`<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 &amp; &#10; &#x4E2D;"><!-- c --><b y='"'/>中文 &lt;&gt; <![CDATA[ <raw> ]]></a>\n`)).toBeNull();
  });

  const bad: [string, string][] = [
    ["a raw ampersand in text", "<a>x & y</a>"],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["a < in an attribute value", '<a x="<"/>'],
    ["a raw & in an attribute value", '<a x="&"/>'],
    ["mismatched tags", "<a><b></a></b>"],
    ["an unclosed element", "<a><b></b>"],
    ["an unquoted attribute", "<a x=1/>"],
    ["an attribute twice", '<a x="1" x="2"/>'],
    ["two root elements", "<a/><b/>"],
    ["text outside the root", "<a/>x"],
    ["a control character", "<a>\u0001</a>"],
    ["a reference to a control character", "<a>&#1;</a>"],
    ["a lone surrogate", "<a>\uD800</a>"],
    ["]]> in text", "<a>]]></a>"],
    ["no root", "<?xml version=\"1.0\"?>"],
  ];
  it.each(bad)("rejects %s", (_label, xml) => {
    expect(wellFormedProblem(xml)).not.toBeNull();
  });
});

describe("parseCsv", () => {
  it("reads quoted fields with quotes, commas and line breaks", () => {
    expect(parseCsv('a,"b ""c"", d\r\ne",\r\n,x\r\n')).toEqual([
      ["a", 'b "c", d\r\ne', ""],
      ["", "x"],
    ]);
  });

  const bad: [string, string][] = [
    ["an unclosed quote", 'a,"b\r\n'],
    ["text after a closing quote", '"a"b\r\n'],
    ["a quote inside an unquoted field", 'a"b\r\n'],
    ["a bare line feed", "a\nb\r\n"],
    ["a missing final CRLF", "a,b"],
  ];
  it.each(bad)("rejects %s", (_label, csv) => {
    expect(() => parseCsv(csv)).toThrow();
  });
});

it("records the graph package's version as the tool version", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "packages/graph/package.json"), "utf8")) as { version: string };
  expect(TOOL_VERSION).toBe(pkg.version);
});
