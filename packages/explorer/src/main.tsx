/**
 * Entry point of the explorer bundle.
 */

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./views/App";
import { startLocaleSync } from "./core/i18n";
import "./styles.css";

// <html lang>, the title and ?lang= follow the UI language from the first paint
startLocaleSync();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
