/**
 * Search box: names and aliases by Chinese substring, pinyin or initials; results grouped by
 * kind; choosing one selects the node and moves the camera to it.
 */

import { useEffect, useLayoutEffect, useMemo, useState } from "react";
import type { Dataset } from "../core/data/dataset";
import { DISPLAY_KINDS, KIND_COLORS, KIND_NAMES, type DisplayKind } from "../core/appearance/palette";
import { useAtomValue } from "../core/utils/atoms";
import { ensurePinyin, pinyinReadyAtom, queryAtom, setQuery } from "../core/search";
import { searchIndex } from "../core/search/search";
import { foldText, isLatinQuery } from "../core/search/normalize";
import { selectAndFocus } from "../core/selection";
import { perfMark } from "../core/perf";

export function SearchBox({ dataset }: { dataset: Dataset }) {
  const query = useAtomValue(queryAtom);
  const pinyinReady = useAtomValue(pinyinReadyAtom);
  const [open, setOpen] = useState(false);
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
  return (
    <div className="search" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <input
        type="search"
        placeholder="Search names, aliases, pinyin (两核, lianghe, yxlh)…"
        aria-label="Search"
        data-testid="search"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
      />
      {open && query.trim() !== "" && (
        <div className="results" role="listbox" data-testid="search-results">
          {total === 0 && <p className="empty">{latin && !pinyinReady ? "loading pinyin…" : "No match"}</p>}
          {groups.map((g) => (
            <section key={g.kind} data-kind={g.kind}>
              <h3>
                <span className="swatch" style={{ background: KIND_COLORS[g.kind as DisplayKind] ?? "#888" }} />
                {KIND_NAMES[g.kind as DisplayKind] ?? g.kind} <span className="count">{g.hits.length + g.more}</span>
              </h3>
              <ul>
                {g.hits.map((h) => (
                  <li key={h.key}>
                    <button
                      type="button"
                      role="option"
                      aria-selected={false}
                      data-key={h.key}
                      onClick={() => {
                        selectAndFocus(h.key);
                        setOpen(false);
                      }}
                    >
                      {h.label}
                      {h.matched !== h.label && <span className="alias"> ({h.matched})</span>}
                    </button>
                  </li>
                ))}
              </ul>
              {g.more > 0 && <p className="more">+{g.more} more</p>}
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
