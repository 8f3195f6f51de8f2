/**
 * Search box: names and aliases by Chinese substring, pinyin or initials; results grouped by
 * kind; choosing one selects the node and moves the camera to it. Keyboard: Enter in the box
 * picks the first result, ArrowDown/ArrowUp move through the results (real buttons: Enter or
 * Space picks one), Escape closes them; after a pick the focus is back in the box.
 */

import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Dataset } from "../core/data/dataset";
import { DISPLAY_KINDS, KIND_COLORS, kindName, type DisplayKind } from "../core/appearance/palette";
import { useAtomValue } from "../core/utils/atoms";
import { ensurePinyin, pinyinReadyAtom, queryAtom, setQuery } from "../core/search";
import { searchIndex } from "../core/search/search";
import { foldText, isLatinQuery } from "../core/search/normalize";
import { selectAndFocus } from "../core/selection";
import { perfMark } from "../core/perf";
import { useT } from "../core/i18n";

/** Move the focus among the result buttons (and back to the box above the first). */
function moveFocus(box: HTMLElement, results: HTMLElement | null, step: 1 | -1): void {
  const buttons = [...(results?.querySelectorAll<HTMLButtonElement>("button[data-key]") ?? [])];
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = i + step;
  if (next < 0) box.focus();
  else buttons[Math.min(next, buttons.length - 1)]?.focus();
}

export function SearchBox({ dataset }: { dataset: Dataset }) {
  const query = useAtomValue(queryAtom);
  const pinyinReady = useAtomValue(pinyinReadyAtom);
  const [open, setOpen] = useState(false);
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  // the focus comes back to the box after a pick: that must not open the results again
  const picked = useRef(false);
  const latin = isLatinQuery(foldText(query));
  useEffect(() => {
    if (latin) void ensurePinyin(dataset);
  }, [latin, dataset]);
  const groups = useMemo(() => searchIndex(dataset.search, query, { kinds: DISPLAY_KINDS }), [dataset, query, pinyinReady]);
  const total = groups.reduce((n, g) => n + g.hits.length + g.more, 0);
  // results of a query are in the DOM (for the browser benchmark; a no-op without ?perf)
  useLayoutEffect(() => {
    perfMark("search", { query, hits: total });
  }, [groups]);
  const shown = open && query.trim() !== "";
  const pick = (key: string) => {
    selectAndFocus(key);
    setOpen(false);
    picked.current = true;
    input.current?.focus();
    picked.current = false;
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape" && shown) {
      // the results close; the page's Escape (close the document, clear the selection) waits
      e.preventDefault();
      setOpen(false);
      input.current?.focus();
    } else if (e.key === "ArrowDown" && !shown && query.trim() !== "") {
      e.preventDefault();
      setOpen(true);
    } else if ((e.key === "ArrowDown" || e.key === "ArrowUp") && shown) {
      e.preventDefault();
      moveFocus(input.current!, results.current, e.key === "ArrowDown" ? 1 : -1);
    } else if (e.key === "Enter" && e.target === input.current && shown && groups[0]?.hits[0]) {
      e.preventDefault();
      pick(groups[0].hits[0].key);
    }
  };
  return (
    <div
      className="search"
      onKeyDown={onKey}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <input
        ref={input}
        type="search"
        placeholder={t("search.placeholder")}
        aria-label={t("search.label")}
        aria-expanded={shown}
        aria-controls="search-results"
        data-testid="search"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(!picked.current)}
      />
      {shown && (
        <div className="results" id="search-results" role="group" aria-label={t("search.results")} ref={results} data-testid="search-results">
          {total === 0 && <p className="empty">{latin && !pinyinReady ? t("search.loadingPinyin") : t("search.none")}</p>}
          {groups.map((g) => {
            const name = g.kind in KIND_COLORS ? kindName(g.kind as DisplayKind, t.locale) : g.kind;
            return (
              <section key={g.kind} data-kind={g.kind} aria-label={name}>
                <h3>
                  <span className="swatch" style={{ background: KIND_COLORS[g.kind as DisplayKind] ?? "#888" }} />
                  {name} <span className="count">{g.hits.length + g.more}</span>
                </h3>
                <ul>
                  {g.hits.map((h) => (
                    <li key={h.key}>
                      <button type="button" data-key={h.key} onClick={() => pick(h.key)}>
                        {h.label}
                        {h.matched !== h.label && <span className="alias"> ({h.matched})</span>}
                      </button>
                    </li>
                  ))}
                </ul>
                {g.more > 0 && <p className="more">{t("search.more", { n: g.more })}</p>}
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}
