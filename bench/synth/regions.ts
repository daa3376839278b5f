// Regions and the organisations partnerships share within one: a police force and its BCUs,
// probation and its delivery units, integrated care boards and NHS trusts, fire and rescue, the
// police and crime commissioner and the regional VRU. Each BCU, PDU, ICB and trust serves a run
// of neighbouring boroughs, so one organisation sits on many partnerships' bodies.
import { COUNTRY_AREA, nationalOrgId } from './national.js';
import { REGION_NAMES } from './pools.js';
import type { Rng } from './prng.js';
import { SeedBuilder, SourceDoc, slugify, type SynthEvidence, type SynthFile } from './text.js';

export const PARTNERSHIPS_PER_REGION = 30;

export interface OrgRef {
  id: string;
  name: string;
  type: string;
}

/** The regional organisations that serve one borough. */
export interface BoroughServices {
  region: string;
  regionArea: string;
  bcuArea: string;
  force: OrgRef;
  bcu: OrgRef;
  probation: OrgRef;
  pdu: OrgRef;
  icb: OrgRef;
  acuteTrust: OrgRef;
  mentalHealthTrust: OrgRef;
  fire: OrgRef;
  pcc: OrgRef;
  vru: OrgRef;
}

export interface RegionsOut {
  files: { file: SynthFile; doc: SourceDoc }[];
  /** by borough index */
  services: BoroughServices[];
}

/** Splits 0..n-1 into runs of lo..hi (the last run may be shorter). */
function runs(n: number, lo: number, hi: number, rng: Rng): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < n; ) {
    const len = Math.min(rng.int(lo, hi), n - i);
    out.push(Array.from({ length: len }, (_, k) => i + k));
    i += len;
  }
  return out;
}

const listOf = (names: string[]): string => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** places[i] is the name of borough i; boroughs are grouped into regions of about PARTNERSHIPS_PER_REGION neighbours. */
export function buildRegions(places: string[], rng: Rng): RegionsOut {
  const regionCount = Math.max(1, Math.ceil(places.length / PARTNERSHIPS_PER_REGION));
  const files: RegionsOut['files'] = [];
  const services: BoroughServices[] = [];
  for (let r = 0; r < regionCount; r++) {
    const from = Math.floor((r * places.length) / regionCount);
    const to = Math.floor(((r + 1) * places.length) / regionCount);
    const name = REGION_NAMES[r % REGION_NAMES.length]! + (r >= REGION_NAMES.length ? ` ${Math.floor(r / REGION_NAMES.length) + 1}` : '');
    const out = buildRegion(name, places.slice(from, to), rng.fork(`region:${name}`));
    files.push(out.region);
    services.push(...out.services);
  }
  return { files, services };
}

function buildRegion(regionName: string, places: string[], rng: Rng): { region: { file: SynthFile; doc: SourceDoc }; services: BoroughServices[] } {
  const r = slugify(regionName);
  const doc = new SourceDoc(`source/${r}-partners-directory`, `${r}-partners-directory.txt`, `${regionName} Region Community Safety Partners Directory (synthetic)`);
  const b = new SeedBuilder();
  b.node({ id: doc.id, kind: 'Source', name: doc.title, props: { file: doc.file, title: doc.title, publisher: `${regionName} Police and Crime Commissioner`, year: 2024 }, evidence: [doc.titleEvidence()] });

  const regionArea = `area/${r}`;
  doc.heading('The region');
  const inRegion = doc.cite('The region', `The ${regionName} region is made up of ${places.length} boroughs.`);
  b.node({ id: regionArea, kind: 'Area', name: `${regionName} region`, props: { type: 'region' }, evidence: [inRegion] });
  b.rel('PART_OF', regionArea, COUNTRY_AREA, inRegion);

  const org = (id: string, name: string, type: string, ev: SynthEvidence, aliases?: string[]): OrgRef => {
    b.node({ id, kind: 'Organisation', name, ...(aliases ? { aliases } : {}), props: { type }, evidence: [ev] });
    return { id, name, type };
  };
  const regionWide = (slug: string, name: string, type: string, aliases?: string[]): OrgRef => {
    const ev = doc.cite('Regional organisations', `${name} serves the whole ${regionName} region.`);
    const ref = org(`org/${r}-${slug}`, name, type, ev, aliases);
    b.rel('COVERS', ref.id, regionArea, ev);
    return ref;
  };

  doc.heading('Regional organisations');
  const force = regionWide('police', `${regionName} Police`, 'police');
  const probation = regionWide('probation', `Probation Service ${regionName} Region`, 'probation');
  b.rel('PART_OF', probation.id, nationalOrgId('hmpps'), doc.cite('Regional organisations', `Probation Service ${regionName} Region is part of HM Prison and Probation Service.`));
  const mentalHealthTrust = regionWide('mental-health-trust', `${regionName} Mental Health NHS Foundation Trust`, 'health');
  const fire = regionWide('fire', `${regionName} Fire and Rescue Service`, 'fire');
  const pcc = regionWide('pcc', `Office of the ${regionName} Police and Crime Commissioner`, 'regional', ['OPCC']);
  const vru = regionWide('vru', `${regionName} Violence Reduction Unit`, 'regional', [`${regionName} VRU`]);
  b.rel('PART_OF', vru.id, nationalOrgId('vru-network'), doc.cite('Regional organisations', `The ${regionName} Violence Reduction Unit is a member of the Violence Reduction Unit Network.`));

  const perBorough: Partial<BoroughServices>[] = places.map(() => ({ region: r, regionArea, force, probation, mentalHealthTrust, fire, pcc, vru }));

  doc.heading('Policing');
  runs(places.length, 2, 4, rng).forEach((run, k) => {
    const served = run.map((i) => places[i]!);
    const area = `area/${r}-bcu-${k + 1}`;
    const ev = doc.cite('Policing', `The ${served[0]} BCU of ${regionName} Police covers ${listOf(served)}.`);
    b.node({ id: area, kind: 'Area', name: `${served[0]} Basic Command Unit area`, props: { type: 'bcu' }, evidence: [ev] });
    b.rel('PART_OF', area, regionArea, ev);
    const bcu = org(`org/${r}-police-bcu-${k + 1}`, `${regionName} Police ${served[0]} BCU`, 'police', ev, [`${served[0]} BCU`]);
    b.rel('PART_OF', bcu.id, force.id, ev);
    b.rel('COVERS', bcu.id, area, ev);
    for (const i of run) Object.assign(perBorough[i]!, { bcu, bcuArea: area });
  });

  const shared = (heading: string, lo: number, hi: number, make: (served: string[], k: number) => OrgRef, key: keyof BoroughServices) => {
    doc.heading(heading);
    runs(places.length, lo, hi, rng).forEach((run, k) => {
      const ref = make(run.map((i) => places[i]!), k + 1);
      for (const i of run) Object.assign(perBorough[i]!, { [key]: ref });
    });
  };
  shared('Probation delivery units', 1, 3, (served, k) => {
    const ev = doc.cite('Probation delivery units', `The ${served[0]} Probation Delivery Unit supervises people on probation in ${listOf(served)}.`);
    const pdu = org(`org/${r}-pdu-${k}`, `${served[0]} Probation Delivery Unit`, 'probation', ev, [`${served[0]} PDU`]);
    b.rel('PART_OF', pdu.id, probation.id, ev);
    return pdu;
  }, 'pdu');
  shared('Integrated care boards', 4, 8, (served, k) => {
    const ev = doc.cite('Integrated care boards', `${served[0]} and District Integrated Care Board commissions health services for ${listOf(served)}.`);
    const icb = org(`org/${r}-icb-${k}`, `${served[0]} and District Integrated Care Board`, 'health', ev, [`${served[0]} ICB`]);
    b.rel('COVERS', icb.id, regionArea, ev);
    return icb;
  }, 'icb');
  shared('Hospitals', 1, 3, (served, k) => {
    const ev = doc.cite('Hospitals', `${served[0]} Hospitals NHS Trust runs the emergency departments serving ${listOf(served)}.`);
    return org(`org/${r}-acute-trust-${k}`, `${served[0]} Hospitals NHS Trust`, 'health', ev);
  }, 'acuteTrust');

  return {
    region: { file: b.file(`regions/${r}.yaml`, `The ${regionName} region: its areas and the organisations its partnerships share.`, { source: doc.id }), doc },
    services: perBorough as BoroughServices[],
  };
}
