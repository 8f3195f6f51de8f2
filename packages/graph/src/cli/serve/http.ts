/**
 * A small static HTTP server over an in-memory site: GET and HEAD only, exact paths only (no file
 * system behind it, so no path can escape), "/" is index.html, gzip when the client takes it.
 * The page may only run its own scripts (Content-Security-Policy), and nothing is sniffed.
 */

import { createServer, type Server } from "node:http";
import { gzipSync } from "node:zlib";
import type { Site, SiteFile } from "./site";

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export function createSiteServer(site: Site): Server {
  const gzipped = new Map<string, Buffer>();
  const gzip = (path: string, file: SiteFile) => {
    let body = gzipped.get(path);
    if (!body) gzipped.set(path, (body = gzipSync(file.body)));
    return body;
  };
  return createServer((req, res) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" }).end("method not allowed\n");
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname).replace(/^\/+/, "");
    } catch {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("bad request\n");
      return;
    }
    if (path === "") path = "index.html";
    const file = site.files.get(path);
    if (!file) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    const compress = file.body.length > 1024 && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && !file.type.startsWith("image/png");
    const body = compress ? gzip(path, file) : file.body;
    res.writeHead(200, {
      "Content-Type": file.type,
      "Content-Length": body.length,
      "Cache-Control": path.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      ...(compress ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}),
      ...(file.type.startsWith("text/html") ? { "Content-Security-Policy": CSP } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
}
