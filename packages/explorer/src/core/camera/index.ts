/**
 * Camera state as the URL keeps it: written by the graph view when the camera moves, read once
 * when the graph view starts.
 */

import { atom } from "../utils/atoms";
import type { Camera } from "../url/state";

export const cameraAtom = atom<Camera | null>(null);
