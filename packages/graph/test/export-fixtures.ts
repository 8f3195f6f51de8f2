/**
 * Fixtures for the export tests: entity keys with known facts in the seed graph, a fixed time of
 * export, and a copy of a graph whose text is hostile to serializers (markup characters, quotes,
 * commas, line breaks, a control character) in a label, an alias and a quote.
 */

import { isEntityNode, type EntityNode, type PolicyGraph } from "../src/index";

export const PARK = "park:深圳工业软件园"; // started 2022, recognized 2024, in use 2025
export const NEW_IN_2025 = "park:湾区未来科技园"; // only in 2025
export const PHASE_2025 = "project:宝龙生物药创新发展先导区二期-[PHASE_OF]->park:宝龙生物药创新发展先导区"; // stated about 2025
export const EXPORTED_AT = "2026-02-03T04:05:06.000Z";

export const HOSTILE_LABEL = `A&B <C> "D" 'E'\nF\u0001G ]]>`;
/** what XML can hold of it: the control character dropped */
export const HOSTILE_LABEL_XML = HOSTILE_LABEL.replace("\u0001", "");
export const HOSTILE_ALIAS = `x, "y"\r\nz`;
export const HOSTILE_QUOTE = `他说："好，"然后, he said "yes",\nthen left;\r\n再见`;

/** A copy of the graph with PARK's label, first alias and first quote made hostile. */
export function hostileGraph(graph: PolicyGraph): PolicyGraph {
  const copy = graph.copy();
  const park = copy.getNodeAttributes(PARK) as EntityNode;
  if (!isEntityNode(park)) throw new Error(`${PARK} is not an entity`);
  copy.replaceNodeAttributes(PARK, {
    ...park,
    label: HOSTILE_LABEL,
    aliases: [HOSTILE_ALIAS, ...park.aliases],
    events: park.events.map((e, i) => (i === 0 ? { ...e, quote: HOSTILE_QUOTE } : e)),
  });
  return copy;
}
