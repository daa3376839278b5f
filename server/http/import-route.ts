// POST /import-vru/preview and /import-vru/load: a filled-in VRU template uploaded as the request
// body (?file=<name>&partnership=<id>&year=<yyyy>). Preview answers the import's report and what
// loading would change; load writes it to the store in one batch. Loading changes the graph
// without review, so in production it is off unless GOVGRAPH_IMPORT_LOAD=allow.
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { ImportError } from '../import/errors.js';
import { loadIntoStore } from '../import/load-store.js';
import { previewImport, type Preview } from '../import/preview.js';
import { MAX_IMPORT_BYTES } from '../import/read.js';
import { formatReport, leadSummary } from '../import/report.js';
import type { GraphStore } from '../store/contract.js';

const error = (res: Response, status: number, message: string, extra: Record<string, string> = {}) =>
  res.status(status).json({ errors: [{ message, extensions: { code: status === 403 ? 'FORBIDDEN' : 'BAD_USER_INPUT', ...extra } }] });

const one = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

function answer(p: Preview) {
  const r = p.result;
  return {
    file: r.file,
    format: r.format,
    partnership: { id: r.partnership.id, name: r.partnership.name },
    year: r.year,
    template: r.template,
    rowsRead: r.rowsRead,
    answered: r.answers.length,
    unanswered: r.unanswered,
    leads: leadSummary(r),
    problems: r.problems,
    report: formatReport(r),
    diff: p.diff,
  };
}

export const loadAllowed = (production: boolean) => !production || process.env.GOVGRAPH_IMPORT_LOAD === 'allow';

export function importRoutes(store: GraphStore, production: boolean): Router {
  const router = express.Router();
  router.use(express.raw({ type: () => true, limit: MAX_IMPORT_BYTES }));
  const run = (load: boolean) => async (req: Request, res: Response, next: NextFunction) => {
    const file = one(req.query['file']);
    const partnershipId = one(req.query['partnership']);
    if (!file || !partnershipId) return error(res, 400, 'give ?file=<the file name>&partnership=<partnership id>, and the file as the request body');
    if (load && !loadAllowed(production)) return error(res, 403, 'loading an import is off on this server (production without GOVGRAPH_IMPORT_LOAD=allow); use npm run import');
    try {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const preview = await previewImport(store, file, body, { partnershipId, year: one(req.query['year']) });
      if (!load) return res.json(answer(preview));
      const batch = await loadIntoStore(store, preview.result.file, preview.result.year, preview.batch, preview.current);
      res.json({ ...answer(preview), loaded: { nodes: batch.nodes.length, relationships: batch.rels.length } });
    } catch (e) {
      if (e instanceof ImportError) return error(res, 400, e.message, { file: e.file, where: e.where });
      next(e);
    }
  };
  router.post('/preview', run(false));
  router.post('/load', run(true));
  router.use((err: Error & { type?: string }, req: Request, res: Response, next: NextFunction) => {
    if (err.type !== 'entity.too.large') return next(err);
    const file = one(req.query['file']) ?? 'the file';
    error(res, 413, `${file}: the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; a VRU template is far smaller, so it is not read`, { file });
  });
  return router;
}
