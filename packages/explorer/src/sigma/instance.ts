/**
 * The sigma instance that draws the graph, while there is one (set by GraphCanvas), for what
 * needs sigma's display data or canvases: the PNG and SVG figures.
 */

import type Sigma from "sigma";
import { atom } from "../core/utils/atoms";
import type { DisplayEdge, DisplayNode } from "../core/graph/display";

export type GraphSigma = Sigma<DisplayNode, DisplayEdge>;

export const sigmaAtom = atom<GraphSigma | null>(null);
