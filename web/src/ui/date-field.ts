// The as-at field every view shares: a plan date (year, month or day), or empty for the whole record.
import { PLAN_DATE } from '../state/url.js';

/**
 * The field's plan date, null when it is empty, or undefined when it is not a date: then the
 * field is marked invalid and the error says what to write, so a typo is never silently ignored.
 */
export function readDateField(input: HTMLInputElement, error: HTMLElement): string | null | undefined {
  const v = input.value.trim();
  if (v && !PLAN_DATE.test(v)) {
    input.setAttribute('aria-invalid', 'true');
    error.textContent = `“${v}” is not a date: write a year (2019), a month (2019-04) or a day (2019-04-01).`;
    error.hidden = false;
    return undefined;
  }
  input.removeAttribute('aria-invalid');
  error.hidden = true;
  return v || null;
}
