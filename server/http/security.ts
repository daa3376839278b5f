// Security headers on every response (helmet), with a content security policy the web app passes:
// scripts only from the server itself plus the inline scripts index.html carries, each allowed by
// its hash (read from the build at start, so a rebuilt page stays allowed); the ELK layout worker
// from the server; images from the server and data:/blob: URLs (the PNG and SVG exports).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import helmet from 'helmet';
import type { Middleware } from './chain.js';

/** 'sha256-…' of every inline <script> of an HTML page. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1]!)
    .filter((body) => body.trim() !== '')
    .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
}

export const readInlineHashes = (indexHtml: string | undefined): string[] => (indexHtml ? inlineScriptHashes(readFileSync(indexHtml, 'utf8')) : []);

export function securityHeaders(scriptHashes: readonly string[]): Middleware {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", ...scriptHashes],
        'worker-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    // served over plain HTTP on a council network too: no HSTS, no upgrade to https
    strictTransportSecurity: false,
  }) as Middleware;
}

/** The explorer (GraphiQL, outside production) styles its editor inline. */
export const EXPLORER_CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
