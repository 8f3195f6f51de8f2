/**
 * Human-readable summary of one document's extraction for the terminal.
 */

import type { DocumentExtraction } from "@policy-kg/extractor";

export function formatExtraction(r: DocumentExtraction): string {
  const d = r.document;
  const lines: string[] = [];
  lines.push(`# ${d.file}`);
  lines.push(`metadata (${d.source}${d.encoding ? `, ${d.encoding}` : ""}):`);
  lines.push(`  title:     ${d.title ?? "?"}`);
  lines.push(`  issuer:    ${d.issuer ?? "?"}`);
  lines.push(`  district:  ${d.district ?? "?"}`);
  lines.push(`  genre:     ${d.genre}`);
  lines.push(`  delivered: ${d.delivered ?? "?"}`);
  lines.push(`  reviews:   ${d.yearsReviewed.join(", ") || "-"}   plans: ${d.yearPlanned ?? "-"}`);
  lines.push("sections:");
  for (const s of r.sections.slice(1)) {
    const time = s.year || s.modality ? ` [${s.year ?? "?"} ${s.modality ?? "?"}]` : "";
    lines.push(`${"  ".repeat(s.level)}${s.title.slice(0, 40)}${time}`);
  }
  const byType = new Map<string, typeof r.entities>();
  for (const e of r.entities) (byType.get(e.type) ?? byType.set(e.type, []).get(e.type)!).push(e);
  lines.push(`entities: ${r.entities.length}`);
  for (const [type, list] of [...byType].sort()) {
    lines.push(`  ${type} (${list.length})`);
    for (const e of list) {
      const stages = [...new Set(e.mentions.filter((m) => m.stage !== "mentioned").map((m) => `${m.year ?? "?"} ${m.modality ?? "?"} ${m.stage}`))];
      const aliases = e.aliases.length ? ` (= ${e.aliases.join(", ")})` : "";
      lines.push(`    ${e.name}${aliases}  ×${e.mentions.length}${stages.length ? `  ${stages.join("; ")}` : ""}`);
    }
  }
  lines.push(`relations: ${r.relations.length}   indicator values: ${r.indicators.length}   glossary entries: ${r.glossary.length}`);
  return `${lines.join("\n")}\n\n`;
}
