// Dates in the graph are plan years, months or days ("2017", "2017-04", "2017-04-01").
// A date names a period; "as at" a date means the validity overlaps that period.

export interface Period {
  /** first day, ISO yyyy-mm-dd */
  start: string;
  /** last day, ISO yyyy-mm-dd */
  end: string;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const isPlanDate = (s: string): boolean => parsePeriod(s) !== null;

export function parsePeriod(s: string): Period | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return { start: `${y}-01-01`, end: `${y}-12-31` };
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (d === undefined) return { start: `${y}-${mo}-01`, end: `${y}-${mo}-${String(lastDay).padStart(2, '0')}` };
  const day = Number(d);
  if (day < 1 || day > lastDay) return null;
  return { start: s, end: s };
}

/** The first day of validFrom's period, or the beginning of time. */
export const validStart = (validFrom?: string): string => (validFrom ? parsePeriod(validFrom)?.start ?? '0000-01-01' : '0000-01-01');
/** The last day of validTo's period, or the end of time. */
export const validEnd = (validTo?: string): string => (validTo ? parsePeriod(validTo)?.end ?? '9999-12-31' : '9999-12-31');

/** True when something valid from..to holds at some time in the asOf period (no asOf: always). */
export function holdsAt(item: { validFrom?: string; validTo?: string }, asOf?: string): boolean {
  if (!asOf) return true;
  const p = parsePeriod(asOf);
  if (!p) throw new RangeError(`not a date: "${asOf}" (use yyyy, yyyy-mm or yyyy-mm-dd)`);
  return validStart(item.validFrom) <= p.end && validEnd(item.validTo) >= p.start;
}
