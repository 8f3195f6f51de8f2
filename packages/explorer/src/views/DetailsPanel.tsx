/**
 * Side panel for the selected node. An entity: its stage in the chosen year (stageInYear), its
 * lineage (a row per statement: year, stage, modality, quoted sentence; a quote opens the
 * document at that span), indicator values, aliases and documents; the strategy tree it is in and
 * its indicator chart (StrategyTree, IndicatorChart). A document: its metadata. Nothing selected:
 * the list of strategies.
 */

import { useMemo } from "react";
import { stageInYear, type ViewMode } from "@policy-kg/graph";
import type { Dataset } from "../core/data/dataset";
import { detailsOf, type DocumentDetails, type EntityDetails } from "../core/lineage/lineage";
import { KIND_COLORS, KIND_NAMES, STAGE_NAMES, type DisplayKind } from "../core/appearance/palette";
import { useAtomValue } from "../core/utils/atoms";
import { modeAtom, yearAtom } from "../core/time";
import { select, selectedAtom } from "../core/selection";
import { openDocument } from "../core/documents";
import { StrategyList, StrategySection } from "./StrategyTree";
import { IndicatorCharts } from "./IndicatorChart";

function KindChip({ kind }: { kind: string }) {
  return (
    <span className="kind-chip">
      <span className="swatch" style={{ background: KIND_COLORS[kind as DisplayKind] ?? "#888" }} />
      {KIND_NAMES[kind as DisplayKind] ?? kind}
    </span>
  );
}

function StageNow({ dataset, details, year, mode }: { dataset: Dataset; details: EntityDetails; year: number | null; mode: ViewMode }) {
  if (year === null) return null;
  const s = stageInYear(dataset.graph, { entity: details.key, year, mode });
  const when = mode === "year" ? `in ${year}` : `by ${year}`;
  return (
    <p className="stage-now" data-testid="stage-now">
      Stage {when}: <strong>{s.stage === null ? "no statement" : STAGE_NAMES[s.stage]}</strong>
      {s.planned && <> · planned for {year}: {STAGE_NAMES[s.planned]}</>}
    </p>
  );
}

function EntityPanel({ dataset, details }: { dataset: Dataset; details: EntityDetails }) {
  const year = useAtomValue(yearAtom);
  const mode = useAtomValue(modeAtom);
  return (
    <>
      <h2 data-testid="details-title">{details.label}</h2>
      <KindChip kind={details.kind} />
      <StageNow dataset={dataset} details={details} year={year} mode={mode} />
      {details.definition && <p className="definition">{details.definition}</p>}
      <StrategySection dataset={dataset} selected={details.key} />
      <IndicatorCharts dataset={dataset} selected={details.key} />
      <h3>Lineage ({details.events.length} statements)</h3>
      <table className="lineage" data-testid="lineage">
        <thead>
          <tr>
            <th>Year</th>
            <th>Stage</th>
            <th>Modality</th>
            <th>Statement</th>
          </tr>
        </thead>
        <tbody>
          {details.events.map((e, i) => (
            <tr key={i} className={`${e.placed === year ? "current" : ""} stage-${e.stage}`} data-year={e.placed ?? ""} data-stage={e.stage}>
              <td>{e.placed ?? "—"}</td>
              <td>{STAGE_NAMES[e.stage]}</td>
              <td>{e.modality ?? ""}</td>
              <td>
                <button type="button" className="quote" title="Open the document at this sentence" onClick={() => openDocument({ id: e.document, start: e.start, end: e.end })}>
                  {e.quote}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {details.values.length > 0 && (
        <>
          <h3>Indicator values ({details.values.length})</h3>
          <ul className="values">
            {details.values.map((v, i) => (
              <li key={i}>
                <button type="button" className="quote" onClick={() => openDocument({ id: v.document, start: v.start, end: v.end })}>
                  {v.year ?? v.said ?? "—"} {v.kind}: {v.text}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Aliases</h3>
      {details.aliases.length === 0 ? <p className="none">none</p> : <ul className="aliases" data-testid="aliases">{details.aliases.map((a) => <li key={a}>{a}</li>)}</ul>}
      <h3>Documents ({details.documents.length})</h3>
      <ul className="documents" data-testid="documents">
        {details.documents.map((d) => (
          <li key={d.id}>
            <button type="button" className="link" onClick={() => openDocument({ id: d.id, start: 0, end: 0 })}>
              {d.year ?? "—"} {d.title}
            </button>{" "}
            <span className="count">{d.count}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function DocumentPanel({ details }: { details: DocumentDetails }) {
  const n = details.node;
  return (
    <>
      <h2 data-testid="details-title">{n.label}</h2>
      <KindChip kind="Document" />
      <dl className="meta">
        <dt>Issuer</dt>
        <dd>{n.issuer ?? "—"}</dd>
        <dt>District</dt>
        <dd>{n.district ?? "—"}</dd>
        <dt>Genre</dt>
        <dd>{n.genre}</dd>
        <dt>Delivered</dt>
        <dd>{n.delivered ?? "—"}</dd>
        <dt>Reviews</dt>
        <dd>{n.yearsReviewed.join(", ") || "—"}</dd>
        <dt>Plans</dt>
        <dd>{n.yearPlanned ?? "—"}</dd>
        <dt>Entities</dt>
        <dd>{details.entities}</dd>
      </dl>
      <button type="button" onClick={() => openDocument({ id: details.id, start: 0, end: 0 })}>
        Read the document
      </button>
    </>
  );
}

export function DetailsPanel({ dataset }: { dataset: Dataset }) {
  const selected = useAtomValue(selectedAtom);
  const details = useMemo(() => (selected === null ? null : detailsOf(dataset.graph, selected)), [dataset, selected]);
  if (!details) {
    return (
      <aside className="details empty" data-testid="details">
        <p>Click a node, or search, to see its lineage: every statement about it, year by year, with the sentence that makes it.</p>
        <StrategyList dataset={dataset} />
      </aside>
    );
  }
  return (
    <aside className="details" data-testid="details">
      <button type="button" className="close" aria-label="Clear selection" onClick={() => select(null)}>
        ×
      </button>
      {details.type === "entity" ? <EntityPanel dataset={dataset} details={details} /> : <DocumentPanel details={details} />}
    </aside>
  );
}
