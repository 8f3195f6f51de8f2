/**
 * Entry point of the explorer bundle.
 */

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./views/App";
import "./styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
