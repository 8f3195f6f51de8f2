// Vite build of the explorer: a static site with relative asset paths (base "./"), so it works
// from any folder of any file server, with graph.json and documents/ next to index.html.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  base: "./",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
