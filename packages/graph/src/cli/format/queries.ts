/**
 * Human-readable answers of the query catalogue for the terminal, and the catalogue itself
 * (`kg query --list`). --json prints the answers as they are instead.
 */

import { QUERY_CATALOGUE, type DiffEntry, type EntitySummary, type QueryName, type QueryResults } from "../../index";

const entity = (e: EntitySummary): string => `${e.label} (${e.kind})`;
const aliases = (list: readonly string[]): string => (list.length ? `  aliases: ${list.join(", ")}` : "");
const none = (list: readonly unknown[], text: string): string[] => (list.length ? [] : [`  ${text}`]);

type Formatter<N extends QueryName> = (result: QueryResults[N]) => string[];

const FORMATTERS: { [N in QueryName]: Formatter<N> } = {
  lineage: ({ entity: e, events }) => [
    `${entity(e)}${aliases(e.aliases)}  [${e.id}]`,
    ...none(events, "no staged statements (try --all)"),
    ...events.flatMap((ev) => [`  ${ev.year ?? "????"}  ${(ev.modality ?? "-").padEnd(6)} ${ev.stage.padEnd(11)} ${ev.document} @${ev.start}`, `      ${ev.quote.slice(0, 120)}`]),
  ],
  "district-year": ({ district, year, entities }) => [
    `${district}, ${year}: ${entities.length} entities with statements placed in ${year}`,
    ...entities.map((e) => `  ${e.kind.padEnd(11)} ${e.stage.padEnd(11)} ${String(e.statements).padStart(3)}  ${e.label}`),
  ],
  "strategy-parts": ({ strategy, parts, direct }) => [
    `${entity(strategy)}${aliases(strategy.aliases)}: ${parts.length} parts`,
    ...none(parts, "no parts"),
    ...parts.flatMap((p) => [`  ${entity(p)}`, ...p.under.map((m) => `    ${m.relation.padEnd(15)} ${entity(m)}`)]),
    ...(direct.length ? ["  directly under the strategy:", ...direct.map((m) => `    ${m.relation.padEnd(15)} ${entity(m)}`)] : []),
  ],
  "year-diff": (diff) => {
    const group = (name: string, list: DiffEntry[]) => (list.length ? [`${name} (${list.length})`, ...list.map((e) => `  ${e.kind.padEnd(11)} ${(e.from ?? "-").padEnd(11)} → ${e.to.padEnd(11)} ${e.label}`)] : []);
    return [
      `${diff.from} → ${diff.to}: ${diff.new.length} new, ${diff.advanced.length} advanced, ${diff.continued.length} continued, ${diff.dropped.length} dropped`,
      ...group("new", diff.new),
      ...group("advanced", diff.advanced),
      ...group("continued", diff.continued),
      ...group("dropped", diff.dropped),
    ];
  },
  stalled: ({ kind, until, entities }) => [
    `${entities.length} ${kind} entities planned but never reported started${until === null ? "" : ` (statements placed up to ${until})`}`,
    ...entities.map((e) => {
      const years = e.firstPlanned === null ? "undated" : e.firstPlanned === e.lastPlanned ? String(e.firstPlanned) : `${e.firstPlanned}–${e.lastPlanned}`;
      return `  ${years.padEnd(9)} planned ${e.planned.padEnd(11)} reported ${e.stage.padEnd(11)} ${e.label}`;
    }),
  ],
};

export function formatQueryResult<N extends QueryName>(name: N, result: QueryResults[N]): string {
  return FORMATTERS[name](result).join("\n");
}

export function formatCatalogue(): string {
  return QUERY_CATALOGUE.map((q) => {
    const params = q.params.map((p) => `    --${p.name}${p.type === "boolean" ? "" : ` <${p.type}>`}${p.required ? "" : ` (optional${p.default !== undefined ? `, default ${String(p.default)}` : ""})`}  ${p.description}`);
    return [`${q.name}  ${q.summary}`, `    ${q.description}`, ...params, `    e.g. pnpm kg query ${q.example}`].join("\n");
  }).join("\n\n");
}
