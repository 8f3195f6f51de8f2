/**
 * Ego-network and shortest-path tab of the view panel. The ego network shows only a node and the
 * nodes within 1–3 hops; the path is highlighted between two nodes and listed step by step (each
 * step selects its node). Both ends and the ego centre are taken from the selected node (click a
 * node or use the search box), so everything is reachable from the keyboard.
 */

import type { Dataset } from "../../core/data/dataset";
import { KIND_COLORS, type DisplayKind } from "../../core/appearance/palette";
import { useAtomValue } from "../../core/utils/atoms";
import { selectAndFocus, selectedAtom } from "../../core/selection";
import { egoAtom, mentionsAtom, pathAtom, setEgo, setEgoDepth, setMentions, setPath } from "../../core/ego";
import { EGO_DEPTHS, type EgoDepth } from "../../core/ego/ego";
import { useCurrentView } from "../../core/view";
import { nameOf, useT } from "../../core/i18n";

/** Shown for an empty slot (no centre, no end of a path). */
const NONE = "—";

const label = (dataset: Dataset, key: string | null) => (key !== null && dataset.display.hasNode(key) ? dataset.display.getNodeAttribute(key, "label") : NONE);

function NodeChip({ dataset, k }: { dataset: Dataset; k: string }) {
  const kind = dataset.display.getNodeAttribute(k, "kind") as DisplayKind;
  return (
    <button type="button" className="link" data-key={k} onClick={() => selectAndFocus(k)}>
      <span className="swatch" style={{ background: KIND_COLORS[kind] }} />
      {label(dataset, k)}
    </button>
  );
}

function PathSteps({ dataset }: { dataset: Dataset }) {
  const view = useCurrentView(dataset);
  const t = useT();
  if (!view.path) return null;
  if (view.path.status === "none") return <p className="none" data-testid="path-none">{t("ego.noPath")}</p>;
  const { nodes, edges } = view.path;
  return (
    <>
      <p className="count">{edges.length === 1 ? t("ego.steps.one") : t("ego.steps.other", { n: edges.length })}</p>
      <ol className="path-steps" data-testid="path-steps">
        {nodes.map((k, i) => (
          <li key={k}>
            <NodeChip dataset={dataset} k={k} />
            {i < edges.length && <span className="relation">↕ {nameOf(t.locale, "relation.", dataset.display.getEdgeAttribute(edges[i]!, "relation"))}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}

export function EgoPathTab({ dataset }: { dataset: Dataset }) {
  const selected = useAtomValue(selectedAtom);
  const ego = useAtomValue(egoAtom);
  const path = useAtomValue(pathAtom);
  const mentions = useAtomValue(mentionsAtom);
  const view = useCurrentView(dataset);
  const t = useT();
  // a half-chosen path keeps its one end in the atom's place until the other is chosen
  const setEnd = (end: "from" | "to") => {
    if (selected === null) return;
    const other = end === "from" ? (path?.to ?? selected) : (path?.from ?? selected);
    setPath(end === "from" ? { from: selected, to: other } : { from: other, to: selected });
  };
  return (
    <div className="ego-tab" data-testid="ego-tab">
      <fieldset>
        <legend>{t("ego.ego")}</legend>
        <p className="slot">
          {t("ego.centre")}: <strong data-testid="ego-centre">{label(dataset, ego?.node ?? null)}</strong>
        </p>
        <div className="row">
          <button type="button" disabled={selected === null} onClick={() => setEgo(selected, ego?.depth ?? 1)} data-testid="ego-use">
            {t("ego.useSelected")}
          </button>
          <label>
            {t("ego.depth")}{" "}
            <select value={ego?.depth ?? 1} disabled={ego === null} onChange={(e) => setEgoDepth(Number(e.target.value) as EgoDepth)} data-testid="ego-depth">
              {EGO_DEPTHS.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={ego === null} onClick={() => setEgo(null)} data-testid="ego-clear">
            {t("ego.clear")}
          </button>
        </div>
        {ego !== null && view.nodes.size === 0 && <p className="warning">{t("ego.hidden")}</p>}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={mentions} onChange={(e) => setMentions(e.target.checked)} data-testid="via-mentions" /> {t("ego.mentions")}
      </label>
      <fieldset>
        <legend>{t("ego.path")}</legend>
        {(["from", "to"] as const).map((end) => (
          <p className="slot" key={end}>
            {t(end === "from" ? "ego.from" : "ego.to")}: <strong data-testid={`path-${end}`}>{label(dataset, path?.[end] ?? null)}</strong>{" "}
            <button type="button" disabled={selected === null} onClick={() => setEnd(end)} data-testid={`path-set-${end}`}>
              {t("ego.useSelected")}
            </button>
          </p>
        ))}
        <div className="row">
          <button type="button" disabled={path === null} onClick={() => path && setPath({ from: path.to, to: path.from })}>
            {t("ego.swap")}
          </button>
          <button type="button" disabled={path === null} onClick={() => setPath(null)} data-testid="path-clear">
            {t("ego.clear")}
          </button>
        </div>
        <PathSteps dataset={dataset} />
      </fieldset>
      {selected === null && <p className="hint">{t("ego.hint")}</p>}
    </div>
  );
}
