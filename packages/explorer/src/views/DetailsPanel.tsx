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
import { KIND_COLORS, kindName, modalityName, stageName, type DisplayKind } from "../core/appearance/palette";
import { useAtomValue } from "../core/utils/atoms";
import { modeAtom, yearAtom } from "../core/time";
import { select, selectedAtom } from "../core/selection";
import { openDocument } from "../core/documents";
import { StrategyList, StrategySection } from "./StrategyTree";
import { IndicatorCharts } from "./IndicatorChart";
import { useT, type Translate } from "../core/i18n";

function KindChip({ kind }: { kind: string }) {
  const t = useT();
  return (
    <span className="kind-chip">
      <span className="swatch" style={{ background: KIND_COLORS[kind as DisplayKind] ?? "#888" }} />
      {kind in KIND_COLORS ? kindName(kind as DisplayKind, t.locale) : kind}
    </span>
  );
}

function StageNow({ dataset, details, year, mode, t }: { dataset: Dataset; details: EntityDetails; year: number | null; mode: ViewMode; t: Translate }) {
  if (year === null) return null;
  const s = stageInYear(dataset.graph, { entity: details.key, year, mode });
  return (
    <p className="stage-now" data-testid="stage-now">
      {t(mode === "year" ? "details.stageIn" : "details.stageBy", { year })} <strong>{s.stage === null ? t("details.noStatement") : stageName(s.stage, t.locale)}</strong>
      {s.planned && (
        <>
          {" · "}
          {t("details.plannedFor", { year })} {stageName(s.planned, t.locale)}
        </>
      )}
    </p>
  );
}

function EntityPanel({ dataset, details }: { dataset: Dataset; details: EntityDetails }) {
  const year = useAtomValue(yearAtom);
  const mode = useAtomValue(modeAtom);
  const t = useT();
  return (
    <>
      <h2 data-testid="details-title">{details.label}</h2>
      <KindChip kind={details.kind} />
      <StageNow dataset={dataset} details={details} year={year} mode={mode} t={t} />
      {details.definition && <p className="definition">{details.definition}</p>}
      <StrategySection dataset={dataset} selected={details.key} />
      <IndicatorCharts dataset={dataset} selected={details.key} />
      <h3 data-testid="lineage-heading">{t("details.lineage", { n: details.events.length })}</h3>
      <table className="lineage" data-testid="lineage">
        <thead>
          <tr>
            <th>{t("details.colYear")}</th>
            <th>{t("details.colStage")}</th>
            <th>{t("details.colModality")}</th>
            <th>{t("details.colStatement")}</th>
          </tr>
        </thead>
        <tbody>
          {details.events.map((e, i) => (
            <tr key={i} className={`${e.placed === year ? "current" : ""} stage-${e.stage}`} data-year={e.placed ?? ""} data-stage={e.stage}>
              <td>{e.placed ?? "—"}</td>
              <td>{stageName(e.stage, t.locale)}</td>
              <td>{e.modality ? modalityName(e.modality, t.locale) : ""}</td>
              <td>
                <button type="button" className="quote" title={t("details.openQuote")} onClick={() => openDocument({ id: e.document, start: e.start, end: e.end })}>
                  {e.quote}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {details.values.length > 0 && (
        <>
          <h3>{t("details.values", { n: details.values.length })}</h3>
          <ul className="values">
            {details.values.map((v, i) => (
              <li key={i}>
                <button type="button" className="quote" onClick={() => openDocument({ id: v.document, start: v.start, end: v.end })}>
                  {v.year ?? v.said ?? "—"} {t(`indicatorKind.${v.kind}`)}: {v.text}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t("details.aliases")}</h3>
      {details.aliases.length === 0 ? <p className="none">{t("details.none")}</p> : <ul className="aliases" data-testid="aliases">{details.aliases.map((a) => <li key={a}>{a}</li>)}</ul>}
      <h3>{t("details.documents", { n: details.documents.length })}</h3>
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
  const t = useT();
  return (
    <>
      <h2 data-testid="details-title">{n.label}</h2>
      <KindChip kind="Document" />
      <dl className="meta">
        <dt>{t("details.issuer")}</dt>
        <dd>{n.issuer ?? "—"}</dd>
        <dt>{t("details.district")}</dt>
        <dd>{n.district ?? "—"}</dd>
        <dt>{t("details.genre")}</dt>
        <dd>{t(`genre.${n.genre}`)}</dd>
        <dt>{t("details.delivered")}</dt>
        <dd>{n.delivered ?? "—"}</dd>
        <dt>{t("details.reviews")}</dt>
        <dd>{n.yearsReviewed.join(", ") || "—"}</dd>
        <dt>{t("details.plans")}</dt>
        <dd>{n.yearPlanned ?? "—"}</dd>
        <dt>{t("details.entities")}</dt>
        <dd>{details.entities}</dd>
      </dl>
      <button type="button" onClick={() => openDocument({ id: details.id, start: 0, end: 0 })}>
        {t("details.read")}
      </button>
    </>
  );
}

export function DetailsPanel({ dataset }: { dataset: Dataset }) {
  const selected = useAtomValue(selectedAtom);
  const details = useMemo(() => (selected === null ? null : detailsOf(dataset.graph, selected)), [dataset, selected]);
  const t = useT();
  if (!details) {
    return (
      <aside className="details empty" data-testid="details" aria-label={t("details.label")}>
        <p>{t("details.empty")}</p>
        <StrategyList dataset={dataset} />
      </aside>
    );
  }
  return (
    <aside className="details" data-testid="details" aria-label={t("details.label")}>
      <button type="button" className="close" aria-label={t("details.clear")} title={t("details.clear")} onClick={() => select(null)} data-testid="details-clear">
        ×
      </button>
      {details.type === "entity" ? <EntityPanel dataset={dataset} details={details} /> : <DocumentPanel details={details} />}
    </aside>
  );
}
