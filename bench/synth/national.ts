// What every partnership shares across the country: national bodies and charities, the national
// strategies local priorities align with, and the country as an Area.
import { NATIONAL_ORGS, NATIONAL_STRATEGIES } from './pools.js';
import { SeedBuilder, SourceDoc, type SynthFile } from './text.js';

export const COUNTRY_AREA = 'area/england';
export const nationalOrgId = (slug: string): string => `org/${slug}`;
export const strategyId = (key: string): string => `strategy/${key}`;
export const strategyName = (key: string): string => {
  const s = NATIONAL_STRATEGIES.find((x) => x.key === key);
  if (!s) throw new RangeError(`no national strategy "${key}" in pools.ts`);
  return s.name;
};

export function nationalFile(): { file: SynthFile; doc: SourceDoc } {
  const doc = new SourceDoc('source/national-register', 'national-register.txt', 'National Register of Community Safety Bodies and Strategies (synthetic)');
  const b = new SeedBuilder();
  b.node({ id: doc.id, kind: 'Source', name: doc.title, props: { file: doc.file, title: doc.title, publisher: 'Home Office', year: 2024 }, evidence: [doc.titleEvidence()] });

  doc.heading('Area');
  b.node({ id: COUNTRY_AREA, kind: 'Area', name: 'England', props: { type: 'country' }, evidence: [doc.cite('Area', 'This register covers community safety partnerships in England.')] });

  doc.heading('National bodies and charities');
  for (const o of NATIONAL_ORGS) {
    const ev = doc.cite('National bodies and charities', `${o.name} works with community safety partnerships across England.`);
    b.node({ id: nationalOrgId(o.slug), kind: 'Organisation', name: o.name, ...(o.aliases ? { aliases: o.aliases } : {}), props: { type: o.type }, evidence: [ev] });
    b.rel('COVERS', nationalOrgId(o.slug), COUNTRY_AREA, ev);
  }

  doc.heading('National strategies');
  for (const s of NATIONAL_STRATEGIES) {
    b.node({
      id: strategyId(s.key),
      kind: 'Strategy',
      name: s.name,
      props: { period: s.period, publisher: s.publisher },
      evidence: [doc.cite('National strategies', `${s.name} (${s.period}), published by ${s.publisher}.`)],
    });
  }
  return { file: b.file('national.yaml', 'National bodies, charities and strategies shared by every synthetic partnership.', { source: doc.id }), doc };
}

/** The national bodies and charities a partnership may have on its bodies. */
export const NATIONAL_MEMBERS = NATIONAL_ORGS.filter((o) => !['ministry-of-justice', 'vru-network', 'hmpps'].includes(o.slug));
