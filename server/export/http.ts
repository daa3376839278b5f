// GET /export/<format>?partnership=<id>&partnership=...&asAt=<date>: an export as a download, the
// same files `npm run export` writes (formats.ts). Names are withheld as the server's
// GOVGRAPH_PERSONAL_DATA says. Bad input answers 400 in the GraphQL error shape, naming what is wrong.
import express, { type Request, type Response, type Router } from 'express';
import { AnalysisInputError } from '../domain/analysis/index.js';
import type { GraphStore } from '../store/contract.js';
import { FORMATS, findFormat } from './formats.js';

const userError = (res: Response, status: number, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });

const strings = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

export function exportRoutes(store: GraphStore): Router {
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
    try {
      const files = await format.produce(store, { partnershipIds: strings(req.query.partnership), asAt: asAt[0] || undefined });
      if (files.length !== 1) return folderOnly(files.length);
      const file = files[0]!;
      res.type(file.contentType).attachment(file.name).send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
    } catch (e) {
      if (e instanceof AnalysisInputError) return userError(res, 400, e.message);
      next(e);
    }
  });
  return router;
}
