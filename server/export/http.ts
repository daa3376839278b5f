// GET /export/<format>?partnership=<id>&partnership=...&asAt=<date>: an export as a download, the
// same files `npm run export` writes (formats.ts). Names are withheld as the server's
// GOVGRAPH_PERSONAL_DATA says. Bad input answers 400 in the GraphQL error shape, naming what is wrong.
// Files are kept under the graph's version and made one at a time (export-cache.ts).
import express, { type Request, type Response, type Router } from 'express';
import { AnalysisInputError } from '../domain/analysis/index.js';
import type { GraphStore } from '../store/contract.js';
import { personalDataShown } from '../domain/personal-data.js';
import { todayIso } from '../domain/analysis/shared.js';
import { ExportBusyError, ExportCache, type ExportFile } from './export-cache.js';
import { FORMATS, findFormat } from './formats.js';

const userError = (res: Response, status: number, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });

/** A format that wrote several files for a download of one. */
class FolderOnly extends Error {
  constructor(readonly files: number) {
    super(`${files} files`);
  }
}

const strings = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

export function exportRoutes(store: GraphStore, cache = new ExportCache()): Router {
  const router = express.Router();
  router.get('/', (_req, res) => {
    res.json({ formats: FORMATS.map((f) => ({ name: f.name, summary: f.summary, url: `/export/${f.name}` })) });
  });
  router.get('/:format', async (req: Request<{ format: string }>, res, next) => {
    const format = findFormat(req.params.format);
    if (!format) return userError(res, 404, `no export format "${req.params.format}" (one of: ${FORMATS.map((f) => f.name).join(', ')})`);
    const folderOnly = (n: number | string) => userError(res, 400, `${format.name} writes ${n} files: use npm run export -- ${format.name} --out <folder>`);
    if (format.folder) return folderOnly('a folder of');
    const asAt = strings(req.query.asAt);
    if (asAt.length > 1) return userError(res, 400, 'asAt: give one date');
    const partnershipIds = strings(req.query.partnership);
    try {
      // what the file depends on: the graph, the question, the names setting and the day it is made on
      const key = JSON.stringify([await store.graphVersion(), format.name, partnershipIds, asAt[0] ?? '', personalDataShown(), todayIso()]);
      const file = await cache.get(key, async (): Promise<ExportFile> => {
        const files = await format.produce(store, { partnershipIds, asAt: asAt[0] || undefined });
        if (files.length !== 1) throw new FolderOnly(files.length);
        const { name, contentType, body } = files[0]!;
        return { name, contentType, body: Buffer.from(body) };
      });
      res.type(file.contentType).attachment(file.name).send(file.body);
    } catch (e) {
      if (e instanceof AnalysisInputError) return userError(res, 400, e.message);
      if (e instanceof FolderOnly) return folderOnly(e.files);
      if (e instanceof ExportBusyError) return void res.setHeader('retry-after', '5').status(503).json({ errors: [{ message: e.message, extensions: { code: 'SERVER_BUSY' } }] });
      next(e);
    }
  });
  return router;
}
