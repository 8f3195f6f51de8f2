/**
 * Diff tab of the view panel: diff mode on or off and the two years compared (diffYears of
 * @policy-kg/graph), and the diff legend: a colour per status with how many shown entities have
 * it. The legend is also drawn over the graph while diff mode is on (DiffLegend).
 */

import { useEffect, useState } from "react";
import type { Dataset } from "../../core/data/dataset";
import { DIFF_COLORS, diffName } from "../../core/appearance/view-marks";
import { useAtomValue } from "../../core/utils/atoms";
import { diffAtom, setDiff } from "../../core/diff";
import { countStatuses, DIFF_STATUSES } from "../../core/diff/diff";
import { useCurrentView } from "../../core/view";
import { useT } from "../../core/i18n";

export function DiffLegend({ dataset }: { dataset: Dataset }) {
  const view = useCurrentView(dataset);
  const diff = useAtomValue(diffAtom);
  const t = useT();
  if (!diff || !view.diff) return null;
  const counts = countStatuses(view.diff, view.nodes);
  return (
    <section className="diff-legend" aria-label={t("diff.legend", { from: diff.from, to: diff.to })} data-testid="diff-legend">
      <h2>{t("diff.legend", { from: diff.from, to: diff.to })}</h2>
      <ul>
        {DIFF_STATUSES.map((s) => (
          <li key={s} data-status={s}>
            <span className="swatch" style={{ background: DIFF_COLORS[s] }} />
            <span className="name">{diffName(s, t.locale)}</span>
            <span className="count">{counts[s]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DiffTab({ dataset }: { dataset: Dataset }) {
  const { years } = dataset.timeline;
  const diff = useAtomValue(diffAtom);
  const t = useT();
  const [draft, setDraft] = useState(() => diff ?? { from: years.at(-2) ?? years[0] ?? 0, to: years.at(-1) ?? 0 });
  // a diff set from elsewhere (a pasted link) replaces the draft
  useEffect(() => {
    if (diff) setDraft(diff);
  }, [diff]);
  const valid = draft.from < draft.to;
  const change = (next: { from: number; to: number }) => {
    setDraft(next);
    if (diff) setDiff(next.from < next.to ? next : null);
  };
  const yearSelect = (end: "from" | "to") => (
    <label>
      {t(end === "from" ? "diff.from" : "diff.to")}{" "}
      <select value={draft[end]} onChange={(e) => change({ ...draft, [end]: Number(e.target.value) })} data-testid={`diff-${end}`}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="diff-tab" data-testid="diff-tab">
      <label className="check">
        <input type="checkbox" checked={diff !== null} disabled={!valid && diff === null} onChange={(e) => setDiff(e.target.checked ? draft : null)} data-testid="diff-on" /> {t("diff.on")}
      </label>
      <div className="row">
        {yearSelect("from")}
        {yearSelect("to")}
      </div>
      {!valid && <p className="warning">{t("diff.order")}</p>}
      <p className="hint">{t("diff.note")}</p>
    </div>
  );
}
