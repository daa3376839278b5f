// Security headers on every response (helmet), with a content security policy the web app passes:
// scripts only from the server itself plus the inline scripts index.html carries, each allowed by
// its hash (read from the build at start, so a rebuilt page stays allowed); the ELK layout worker
// from the server; images from the server and data:/blob: URLs (the PNG and SVG exports).
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import type { Middleware } from './chain.js';
import type { WebPage } from './inline-style.js';

/** 'sha256-…' of every inline <script> of an HTML page. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1]!)
    .filter((body) => body.trim() !== '')
    .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
}

/** What the page's inline scripts and styles need allowed: index.html's scripts, and its style sheets as the chart page inlines them (inline-style.ts). */
export function inlineHashes(page: WebPage | null): InlineHashes {
  if (!page) return { scripts: [], styles: [] };
  return { scripts: inlineScriptHashes(page.html), styles: page.inlined.hashes };
}

export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

export interface SecurityHeaders {
  /** sets them on the response (before the route that answers, for every route but /graphql) */
  middleware: Middleware;
  /** sets them on a response that has not sent its head (an internal error's answer) */
  set(res: ServerResponse): void;
}

/**
 * The security headers of /graphql's answers (name, value, …, written in its one writeHead): JSON,
 * never a page, so those that protect a document it loads, runs or links from (the web app's
 * script, style and image sources, the opener and agent cluster policies, DNS prefetching, the
 * XSS filter, IE's download and Flash's cross-domain switches) protect nothing here, yet were 560
 * bytes or more (with the web app's hashes) of every answer's head for node to check and write
 * (some 5 µs a request); these are 200. Those that do mean something for a JSON answer are kept,
 * as OWASP's REST cheat sheet asks of an API: no sniffing it into HTML or script; nothing to load
 * should it be opened as a document (the policy's `default-src 'none'`); no framing, by the policy
 * and by the older header; no reading of it by another site's no-cors load (a script or image
 * tag); no referrer should it be opened.
 */
export const API_SECURITY_HEADERS: readonly string[] = [
  'content-security-policy', "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options', 'nosniff',
  'x-frame-options', 'DENY',
  'cross-origin-resource-policy', 'same-origin',
  'referrer-policy', 'no-referrer',
];

/** Sets /graphql's security headers on a response whose head is written elsewhere (a refusal, a fault's answer). */
export const setApiSecurityHeaders = (res: ServerResponse): void => {
  for (let i = 0; i < API_SECURITY_HEADERS.length; i += 2) res.setHeader(API_SECURITY_HEADERS[i]!, API_SECURITY_HEADERS[i + 1]!);
};

/**
 * The headers of helmet with this policy, worked out once: helmet's middleware builds each header
 * again on every request (the policy string included), a cost of every answer.
 */
export function securityHeaders(hashes: InlineHashes): SecurityHeaders {
  const headers = recordHeaders(helmetFor(hashes));
  const set = (res: ServerResponse) => {
    for (const [name, value] of headers) res.setHeader(name, value);
  };
  return {
    middleware: (_req, res, next) => {
      set(res);
      next();
    },
    set,
  };
}

/** What a middleware that only sets headers (the same on every request) sets. */
function recordHeaders(middleware: Middleware): [string, string][] {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.set(name.toLowerCase(), String(value)),
    // x-powered-by: never set (express has it disabled, node:http never sets it)
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  } as unknown as ServerResponse;
  let called = false;
  middleware({ headers: {} } as IncomingMessage, res, (err) => {
    if (err) throw err instanceof Error ? err : new Error(String(err));
    called = true;
  });
  if (!called) throw new Error('the security headers middleware did not finish at once: it cannot be worked out ahead');
  return [...headers];
}

function helmetFor(hashes: InlineHashes): Middleware {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", ...hashes.scripts],
        'worker-src': ["'self'"],
        'style-src': ["'self'", ...hashes.styles],
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
