/**
 * Indicator charts (hand-written SVG): for the selected indicator (or the indicators a selected
 * goal measures), one small chart per series (district · measure · unit) of actual values (filled
 * dots, solid line) and targets (hollow diamonds, dashed line) by year, with the tolerance (≈ 左右,
 * ≥ 以上, ≤ 以下). Hovering or focusing a point shows the sentence behind it; clicking it (or
 * Enter) opens the document at that span. All text is rendered as text.
 */

import { useMemo, useState, type Dispatch, type KeyboardEvent, type SetStateAction } from "react";
import type { Dataset } from "../core/data/dataset";
import { documentTitle } from "../core/lineage/lineage";
import { openDocument } from "../core/documents";
import { chartedIndicators, indicatorChart, type ChartSeries } from "../core/indicators/series";
import { chartGeometry, formatValue, MARGIN, type PlacedPoint } from "../core/indicators/layout";
import { useT, type Translate } from "../core/i18n";
import "./IndicatorChart.css";

const TOLERANCE_MARK: Readonly<Record<string, string>> = { 左右: "≈", 以上: "≥", 以下: "≤" }; // data: the qualifiers as documents write them
const SIZE = { width: 380, height: 125 } as const;

const pointText = (p: PlacedPoint, unit: string, t: Translate): string =>
  `${p.year} ${t(`indicatorKind.${p.kind}`)}: ${p.point.direction === "down" ? t("indicator.fall") : ""}${formatValue(Math.abs(p.y))}${unit === "%" ? "" : " "}${unit}${p.tolerance}`;

const open = (p: PlacedPoint) => openDocument({ id: p.point.document, start: p.point.start, end: p.point.end });

function Mark({ p }: { p: PlacedPoint }) {
  const tol = TOLERANCE_MARK[p.tolerance];
  return (
    <>
      {p.kind === "actual" ? <circle className="mark actual" cx={p.cx} cy={p.cy} r={4.5} /> : <rect className="mark target" x={p.cx - 4} y={p.cy - 4} width={8} height={8} transform={`rotate(45 ${p.cx} ${p.cy})`} />}
      {tol && (
        <text className="tolerance" x={p.cx + 6} y={p.cy - 5}>
          {tol}
        </text>
      )}
    </>
  );
}

interface SeriesProps {
  series: ChartSeries;
  years: [number, number];
  showDistrict: boolean;
  active: PlacedPoint | null;
  onActive: Dispatch<SetStateAction<PlacedPoint | null>>;
  source: (p: PlacedPoint) => string;
  t: Translate;
}

/** The sentence of the pointed value, next to it (above it in the lower half); never catches the pointer. */
function Tip({ p, unit, source, t }: { p: PlacedPoint; unit: string; source: string; t: Translate }) {
  const style = {
    ...(p.cx > SIZE.width / 2 ? { right: `${((SIZE.width - p.cx) / SIZE.width) * 100}%` } : { left: `${(p.cx / SIZE.width) * 100}%` }),
    ...(p.cy > SIZE.height / 2 ? { bottom: `${((SIZE.height - p.cy) / SIZE.height) * 100 + 8}%` } : { top: `${(p.cy / SIZE.height) * 100 + 8}%` }),
  };
  return (
    <div className="tip" role="status" data-testid="indicator-sentence" style={style}>
      <strong>{pointText(p, unit, t)}</strong> <span className="as-written">({p.point.text})</span>
      <span className="quote">{p.sentence}</span>
      <span className="source">{source}</span>
    </div>
  );
}

function SeriesChart({ series, years, showDistrict, active, onActive, source, t }: SeriesProps) {
  const g = useMemo(() => chartGeometry(series, years, SIZE), [series, years]);
  const shown = g.points.find((p) => p.point === active?.point);
  const caption = `${showDistrict && series.district ? `${series.district} · ` : ""}${t(`measure.${series.measure}`)} (${series.unit})`;
  const key = (e: KeyboardEvent, p: PlacedPoint) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      open(p);
    }
  };
  return (
    <figure className="series" data-testid="indicator-series" data-series={series.id}>
      <figcaption>{caption}</figcaption>
      <div className="plot">
        <svg viewBox={`0 0 ${g.width} ${g.height}`} role="group" aria-label={caption}>
          {g.yTicks.map((t) => (
            <g key={t} className={t === 0 ? "tick zero" : "tick"}>
              <line x1={MARGIN.left} x2={g.width - MARGIN.right} y1={g.y(t)} y2={g.y(t)} />
              <text x={MARGIN.left - 4} y={g.y(t) + 3.5} textAnchor="end">
                {formatValue(t)}
              </text>
            </g>
          ))}
          {g.years.map((y) => (
            <text key={y} className="year" x={g.x(y)} y={g.height - 6} textAnchor="middle">
              {y}
            </text>
          ))}
          {g.targetLine.includes(" ") && <polyline className="line target" points={g.targetLine} />}
          {g.actualLine.includes(" ") && <polyline className="line actual" points={g.actualLine} />}
          {g.points.map((p, i) => (
            <g
              key={i}
              className={`point ${p.kind}${active?.point === p.point ? " active" : ""}`}
              role="button"
              tabIndex={0}
              aria-label={`${pointText(p, series.unit, t)} — ${p.sentence}`}
              data-testid="indicator-point"
              data-year={p.year}
              data-kind={p.kind}
              data-document={p.point.document}
              data-start={p.point.start}
              data-end={p.point.end}
              onMouseEnter={() => onActive(p)}
              // leaving a point hides its own sentence only: a focused point's stays when the
              // panel scrolls it into view from under a resting mouse
              onMouseLeave={() => onActive((a) => (a?.point === p.point ? null : a))}
              onFocus={() => onActive(p)}
              onBlur={() => onActive((a) => (a?.point === p.point ? null : a))}
              onClick={() => open(p)}
              onKeyDown={(e) => key(e, p)}
            >
              <title>{t("indicator.open")}</title>
              <circle className="hit" cx={p.cx} cy={p.cy} r={9} />
              <Mark p={p} />
            </g>
          ))}
        </svg>
        {shown && <Tip p={shown} unit={series.unit} source={source(shown)} t={t} />}
      </div>
    </figure>
  );
}

export function IndicatorChart({ dataset, indicator }: { dataset: Dataset; indicator: string }) {
  const chart = useMemo(() => indicatorChart(dataset.graph, { indicator }), [dataset, indicator]);
  const [active, setActive] = useState<PlacedPoint | null>(null);
  const t = useT();
  const districts = new Set(chart.series.map((s) => s.district));
  const years = chart.years;
  const source = (p: PlacedPoint) => `${documentTitle(dataset.graph, p.point.document)}${p.point.district ? ` · ${p.point.district}` : ""}`;
  return (
    <section className="indicator-chart" data-testid="indicator-chart" data-indicator={chart.indicator.id}>
      <h3>{t("indicator.title", { label: chart.indicator.label })}</h3>
      <p className="chart-key">
        <svg width="12" height="12" aria-hidden="true">
          <circle className="mark actual" cx="6" cy="6" r="4.5" />
        </svg>{" "}
        {t("indicatorKind.actual")}{" "}
        <svg width="12" height="12" aria-hidden="true">
          <rect className="mark target" x="2" y="2" width="8" height="8" transform="rotate(45 6 6)" />
        </svg>{" "}
        {t("indicatorKind.target")} · {t("indicator.tolerance")}
      </p>
      <p className="hint">{t("indicator.hint")}</p>
      {years && chart.series.map((s) => <SeriesChart key={s.id} series={s} years={years} showDistrict={districts.size > 1} active={active} onActive={setActive} source={source} t={t} />)}
      {chart.undated > 0 && <p className="none">{chart.undated === 1 ? t("indicator.undated.one") : t("indicator.undated.other", { n: chart.undated })}</p>}
    </section>
  );
}

/** The charts for a selected node: its own, or those of the indicators a goal measures. */
export function IndicatorCharts({ dataset, selected }: { dataset: Dataset; selected: string }) {
  const keys = useMemo(() => chartedIndicators(dataset.graph, selected), [dataset, selected]);
  return (
    <>
      {keys.map((k) => (
        <IndicatorChart key={k} dataset={dataset} indicator={k} />
      ))}
    </>
  );
}
