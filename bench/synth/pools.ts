// The vocabulary the synthetic national graph is drawn from: place names, the themes a
// partnership organises around, the panels and groups that recur across real plans, local
// partners, and the phrases of action plans and VRU narratives. Data only.
import type { NodeKind } from '../../server/domain/model.js';

const PLACE_STARTS = [
  'Ash', 'Barn', 'Bram', 'Brook', 'Cal', 'Chester', 'Cold', 'Dun', 'East', 'Elm', 'Fair', 'Fern', 'Glen', 'Grey',
  'Hal', 'Hart', 'Holm', 'Ivy', 'Kings', 'Lang', 'Lark', 'Lin', 'Mar', 'Mill', 'Moss', 'North', 'Oak', 'Pen',
  'Queens', 'Red', 'Rose', 'Sand', 'Stan', 'Stone', 'Thorn', 'Wal', 'West', 'Whit', 'Wick', 'Wood',
];
const PLACE_ENDS = [
  'borough', 'bridge', 'bury', 'by', 'combe', 'dale', 'field', 'ford', 'gate', 'ham', 'hurst', 'ley', 'minster',
  'mouth', 'stead', 'stow', 'thorpe', 'ton', 'well', 'worth',
];
const PLACE_QUALIFIERS = ['Upper', 'Lower', 'Great', 'Little', 'New'];

/** n distinct place names, in a random order. */
export function placeNames(n: number, shuffle: <T>(xs: readonly T[]) => T[]): string[] {
  const base = shuffle(PLACE_STARTS.flatMap((s) => PLACE_ENDS.map((e) => s + e)));
  const names = [...base, ...PLACE_QUALIFIERS.flatMap((q) => base.map((b) => `${q} ${b}`))];
  if (n > names.length) throw new RangeError(`at most ${names.length} partnerships can be named, ${n} asked for`);
  return names.slice(0, n);
}

export const REGION_NAMES = [
  'Northern', 'Southern', 'Eastern', 'Western', 'Midland', 'Coastal', 'Valley', 'Highland', 'Riverside', 'Central',
  'Moorland', 'Lakeland', 'Downland', 'Marches', 'Fenland', 'Peninsula', 'Forest', 'Estuary', 'Weald', 'Borders',
];

/** A strategic theme: the delivery group that owns it, the priority it becomes, and how it is measured. */
export interface Theme {
  key: string;
  group: string;
  groupAbbr?: string;
  priority: string;
  measures: string[];
  /** keys of NATIONAL_STRATEGIES its priority aligns with */
  strategies: string[];
  /** what its actions work on */
  objects: string[];
}

export const THEMES: Theme[] = [
  {
    key: 'violence',
    group: 'Serious Violence and Exploitation Delivery Group',
    groupAbbr: 'SVEDG',
    priority: 'Reduce serious violence and exploitation',
    measures: ['Knife crime with injury offences', 'Victims of serious youth violence aged 1 to 24', 'Referrals to the exploitation panel'],
    strategies: ['serious-violence-strategy', 'serious-violence-duty'],
    objects: ['knife crime hotspots', 'county lines exploitation', 'weapon sweeps in parks', 'youth violence referrals', 'contextual safeguarding plans', 'serious violence problem profile'],
  },
  {
    key: 'vawg',
    group: 'Violence Against Women and Girls Strategic Group',
    groupAbbr: 'VAWG Group',
    priority: 'Tackle violence against women and girls',
    measures: ['Domestic abuse incidents reported to police', 'Repeat referrals to MARAC', 'Sanction detections for sexual offences'],
    strategies: ['tackling-vawg-strategy', 'domestic-abuse-plan'],
    objects: ['IDVA capacity', 'the domestic abuse one stop shop', 'safe accommodation', 'perpetrator programmes', 'VAWG training for front line staff', 'night time safety for women'],
  },
  {
    key: 'asb',
    group: 'Anti-Social Behaviour and Neighbourhoods Group',
    groupAbbr: 'ASB Group',
    priority: 'Reduce anti-social behaviour and keep neighbourhoods safe',
    measures: ['Anti-social behaviour calls to police', 'Community Trigger activations', 'Residents who feel safe after dark'],
    strategies: ['asb-action-plan', 'beating-crime-plan'],
    objects: ['ASB hotspots', 'Public Spaces Protection Orders', 'fly-tipping enforcement', 'town centre patrols', 'noise nuisance casework', 'the Community Trigger'],
  },
  {
    key: 'reoffending',
    group: 'Reducing Reoffending Board',
    priority: 'Reduce reoffending',
    measures: ['Proven reoffending rate', 'IOM cohort offences', 'Offenders in settled accommodation on release'],
    strategies: ['reducing-reoffending-plan'],
    objects: ['the IOM cohort', 'accommodation on release', 'employment support for offenders', 'community sentence treatment requirements', 'women offenders'],
  },
  {
    key: 'drugs',
    group: 'Drugs and Alcohol Delivery Group',
    priority: 'Reduce drug and alcohol related harm',
    measures: ['Adults in drug treatment', 'Drug-related deaths', 'Alcohol-related hospital admissions'],
    strategies: ['drugs-strategy'],
    objects: ['treatment engagement', 'naloxone distribution', 'drug-related litter', 'licensed premises', 'drug testing on arrest'],
  },
  {
    key: 'hate',
    group: 'Hate Crime and Prevent Group',
    priority: 'Tackle hate crime and extremism',
    measures: ['Hate crime offences reported', 'Prevent referrals', 'Hate crime reporting centres open'],
    strategies: ['contest', 'hate-crime-action-plan'],
    objects: ['hate crime reporting', 'Prevent awareness training', 'community tension monitoring', 'faith community engagement'],
  },
  {
    key: 'confidence',
    group: 'Community Confidence and Engagement Group',
    priority: 'Build community confidence and cohesion',
    measures: ['Public confidence in local policing', 'Ward panel attendance', 'Residents engaged through surveys'],
    strategies: ['beating-crime-plan'],
    objects: ['ward panels', 'community engagement events', 'the residents survey', 'stop and search scrutiny', 'neighbourhood watch schemes'],
  },
  {
    key: 'youth',
    group: 'Youth Safety Partnership Group',
    priority: 'Keep children and young people safe',
    measures: ['First time entrants to the youth justice system', 'Missing episodes of children', 'Permanent school exclusions'],
    strategies: ['youth-justice-plan', 'serious-violence-duty'],
    objects: ['school exclusions', 'youth outreach', 'missing children return interviews', 'transition to secondary school', 'mentoring for young people'],
  },
];

export interface BodyTemplate {
  slug: string;
  kind: Extract<NodeKind, 'Panel' | 'SubGroup'>;
  name: string;
  abbr?: string;
  /** the theme whose delivery group it usually reports to */
  theme: string;
  frequency: string;
  remit: string;
}

export const BODY_TEMPLATES: BodyTemplate[] = [
  { slug: 'marac', kind: 'Panel', name: 'Multi-Agency Risk Assessment Conference', abbr: 'MARAC', theme: 'vawg', frequency: 'monthly', remit: 'shares information on high risk domestic abuse cases and agrees safety plans' },
  { slug: 'dhr-panel', kind: 'Panel', name: 'Domestic Homicide Review Panel', abbr: 'DHR Panel', theme: 'vawg', frequency: 'as required', remit: 'commissions and oversees domestic homicide reviews' },
  { slug: 'vawg-operational-group', kind: 'SubGroup', name: 'VAWG Operational Group', theme: 'vawg', frequency: 'bi-monthly', remit: 'delivers the VAWG action plan' },
  { slug: 'harmful-practices-group', kind: 'SubGroup', name: 'Harmful Practices Working Group', theme: 'vawg', frequency: 'quarterly', remit: 'co-ordinates the response to forced marriage, FGM and honour based abuse' },
  { slug: 'stalking-panel', kind: 'Panel', name: 'Stalking Multi-Agency Panel', abbr: 'STAMP', theme: 'vawg', frequency: 'monthly', remit: 'manages high risk stalking cases' },
  { slug: 'mappa-meeting', kind: 'Panel', name: 'MAPPA Level 2 and 3 Meeting', abbr: 'MAPPA', theme: 'reoffending', frequency: 'monthly', remit: 'manages the risk posed by violent and sexual offenders' },
  { slug: 'iom-panel', kind: 'Panel', name: 'Integrated Offender Management Panel', abbr: 'IOM Panel', theme: 'reoffending', frequency: 'fortnightly', remit: 'selects and reviews the IOM cohort' },
  { slug: 'youth-justice-board', kind: 'SubGroup', name: 'Youth Justice Management Board', abbr: 'YJMB', theme: 'youth', frequency: 'quarterly', remit: 'oversees the youth justice plan' },
  { slug: 'channel-panel', kind: 'Panel', name: 'Channel Panel', theme: 'hate', frequency: 'monthly', remit: 'supports people at risk of being drawn into terrorism' },
  { slug: 'prevent-group', kind: 'SubGroup', name: 'Prevent Delivery Group', theme: 'hate', frequency: 'quarterly', remit: 'delivers the local Prevent action plan' },
  { slug: 'hate-crime-forum', kind: 'SubGroup', name: 'Hate Crime Partnership Forum', theme: 'hate', frequency: 'quarterly', remit: 'improves hate crime reporting and support' },
  { slug: 'tensions-group', kind: 'SubGroup', name: 'Community Tensions Monitoring Group', theme: 'confidence', frequency: 'weekly', remit: 'monitors community tensions and agrees responses' },
  { slug: 'jag', kind: 'Panel', name: 'Joint Action Group', abbr: 'JAG', theme: 'asb', frequency: 'monthly', remit: 'tasks partners to crime and ASB hotspots' },
  { slug: 'asb-case-review', kind: 'Panel', name: 'ASB Case Review Panel', abbr: 'Community Trigger Panel', theme: 'asb', frequency: 'as required', remit: 'reviews anti-social behaviour cases under the Community Trigger' },
  { slug: 'problem-solving-group', kind: 'SubGroup', name: 'Problem Solving Group', theme: 'asb', frequency: 'monthly', remit: 'resolves persistent neighbourhood problems' },
  { slug: 'nte-group', kind: 'SubGroup', name: 'Night Time Economy Group', abbr: 'NTE Group', theme: 'asb', frequency: 'bi-monthly', remit: 'keeps the night time economy safe' },
  { slug: 'licensing-group', kind: 'SubGroup', name: 'Licensing Enforcement Group', theme: 'drugs', frequency: 'monthly', remit: 'co-ordinates enforcement at licensed premises' },
  { slug: 'vulnerable-adults-panel', kind: 'Panel', name: 'Vulnerable Adults Risk Panel', abbr: 'VARP', theme: 'asb', frequency: 'monthly', remit: 'manages vulnerable adults at high risk who do not meet care thresholds' },
  { slug: 'mace', kind: 'Panel', name: 'Multi-Agency Child Exploitation Panel', abbr: 'MACE', theme: 'violence', frequency: 'monthly', remit: 'reviews children at risk of exploitation and disrupts perpetrators' },
  { slug: 'syv-panel', kind: 'Panel', name: 'Serious Youth Violence Panel', abbr: 'SYV Panel', theme: 'violence', frequency: 'fortnightly', remit: 'plans support for young people involved in serious violence' },
  { slug: 'gangs-panel', kind: 'Panel', name: 'Gangs and Exploitation Panel', theme: 'violence', frequency: 'monthly', remit: 'manages gang nominals and offers exit routes' },
  { slug: 'ttcg', kind: 'Panel', name: 'Tactical Tasking and Co-ordination Group', abbr: 'TTCG', theme: 'violence', frequency: 'monthly', remit: 'tasks partnership resources to violence hotspots and offenders' },
  { slug: 'daily-risk-briefing', kind: 'Panel', name: 'Daily Risk Briefing', abbr: 'DRB', theme: 'violence', frequency: 'daily', remit: 'reviews the previous day\'s incidents of violence' },
  { slug: 'county-lines-group', kind: 'SubGroup', name: 'County Lines Working Group', theme: 'drugs', frequency: 'monthly', remit: 'disrupts county lines drug supply' },
  { slug: 'weapons-group', kind: 'SubGroup', name: 'Weapons Reduction Working Group', theme: 'violence', frequency: 'bi-monthly', remit: 'reduces access to knives and other weapons' },
  { slug: 'substance-misuse-group', kind: 'SubGroup', name: 'Substance Misuse Operational Group', theme: 'drugs', frequency: 'monthly', remit: 'joins up treatment and enforcement' },
  { slug: 'drd-panel', kind: 'Panel', name: 'Drug-Related Deaths Review Panel', abbr: 'DRD Panel', theme: 'drugs', frequency: 'quarterly', remit: 'reviews drug-related deaths and shares learning' },
  { slug: 'missing-panel', kind: 'Panel', name: 'Missing Children Panel', theme: 'youth', frequency: 'monthly', remit: 'reviews children who go missing repeatedly' },
  { slug: 'transitions-panel', kind: 'Panel', name: 'Transitions Safeguarding Panel', theme: 'youth', frequency: 'monthly', remit: 'plans for young people moving to adult services' },
  { slug: 'safer-schools-group', kind: 'SubGroup', name: 'Safer Schools Partnership Group', theme: 'youth', frequency: 'termly', remit: 'links schools, police and youth services' },
  { slug: 'snb', kind: 'SubGroup', name: 'Safer Neighbourhood Board', abbr: 'SNB', theme: 'confidence', frequency: 'quarterly', remit: 'gives residents a voice on policing and community safety' },
  { slug: 'ward-panels-forum', kind: 'SubGroup', name: 'Ward Panels Forum', theme: 'confidence', frequency: 'quarterly', remit: 'brings ward panel chairs together' },
  { slug: 'modern-slavery-group', kind: 'SubGroup', name: 'Modern Slavery and Trafficking Group', theme: 'violence', frequency: 'quarterly', remit: 'identifies and supports victims of modern slavery' },
  { slug: 'critical-incident-group', kind: 'SubGroup', name: 'Critical Incident Response Group', theme: 'violence', frequency: 'as required', remit: 'co-ordinates the response to serious violence critical incidents' },
  { slug: 'analysts-group', kind: 'SubGroup', name: 'Community Safety Analysts Group', theme: 'confidence', frequency: 'monthly', remit: 'produces the strategic assessment and problem profiles' },
  { slug: 'ioms-strategic-group', kind: 'SubGroup', name: 'Offender Accommodation Group', theme: 'reoffending', frequency: 'bi-monthly', remit: 'finds accommodation for offenders leaving custody' },
];

/** The statutory bodies VRU action 1.1 asks a partnership to link with. */
export const COORDINATION_BODIES: { slug: string; kind: Extract<NodeKind, 'Partnership' | 'Board'>; name: string; abbr: string }[] = [
  { slug: 'safeguarding-children-partnership', kind: 'Partnership', name: 'Safeguarding Children Partnership', abbr: 'SCP' },
  { slug: 'safeguarding-adults-board', kind: 'Board', name: 'Safeguarding Adults Board', abbr: 'SAB' },
  { slug: 'combatting-drugs-partnership', kind: 'Partnership', name: 'Combatting Drugs Partnership', abbr: 'CDP' },
  { slug: 'health-and-wellbeing-board', kind: 'Board', name: 'Health and Wellbeing Board', abbr: 'HWB' },
];

export interface OrgTemplate {
  slug: string;
  /** "{N}" is the place name */
  name: string;
  type: string;
  /** part of the council */
  service?: boolean;
}

export const COUNCIL: OrgTemplate = { slug: 'council', name: '{N} Council', type: 'council' };

export const LOCAL_ORGS: OrgTemplate[] = [
  { slug: 'community-safety-team', name: 'Community Safety Team', type: 'council-service', service: true },
  { slug: 'youth-justice-service', name: 'Youth Justice Service', type: 'council-service', service: true },
  { slug: 'childrens-services', name: "Children's Services", type: 'council-service', service: true },
  { slug: 'adult-social-care', name: 'Adult Social Care', type: 'council-service', service: true },
  { slug: 'public-health', name: 'Public Health', type: 'council-service', service: true },
  { slug: 'housing-services', name: 'Housing Services', type: 'council-service', service: true },
  { slug: 'licensing', name: 'Licensing Service', type: 'council-service', service: true },
  { slug: 'trading-standards', name: 'Trading Standards', type: 'council-service', service: true },
  { slug: 'environmental-health', name: 'Environmental Health', type: 'council-service', service: true },
  { slug: 'early-help', name: 'Early Help Service', type: 'council-service', service: true },
  { slug: 'education-inclusion', name: 'Education and Inclusion Service', type: 'council-service', service: true },
  { slug: 'youth-service', name: 'Youth Service', type: 'council-service', service: true },
  { slug: 'cctv', name: 'CCTV Control Room', type: 'council-service', service: true },
  { slug: 'asb-team', name: 'ASB Team', type: 'council-service', service: true },
  { slug: 'parks', name: 'Parks and Open Spaces', type: 'council-service', service: true },
  { slug: 'womens-aid', name: "{N} Women's Aid", type: 'charity' },
  { slug: 'youth-trust', name: '{N} Youth Trust', type: 'charity' },
  { slug: 'mind', name: '{N} Mind', type: 'charity' },
  { slug: 'citizens-advice', name: 'Citizens Advice {N}', type: 'charity' },
  { slug: 'homes', name: '{N} Homes', type: 'provider' },
  { slug: 'housing-association', name: '{N} Housing Association', type: 'provider' },
  { slug: 'college', name: '{N} College', type: 'education' },
  { slug: 'chamber', name: '{N} Chamber of Commerce', type: 'business' },
  { slug: 'bid', name: '{N} Town Centre BID', type: 'business' },
  { slug: 'faith-forum', name: '{N} Faith Forum', type: 'charity' },
  { slug: 'volunteer-centre', name: '{N} Volunteer Centre', type: 'charity' },
  { slug: 'recovery-service', name: '{N} Recovery Service', type: 'provider' },
  { slug: 'idva-service', name: '{N} Domestic Abuse Advocacy Service', type: 'provider' },
  { slug: 'neighbourhood-watch', name: '{N} Neighbourhood Watch Association', type: 'charity' },
  { slug: 'carers-centre', name: '{N} Carers Centre', type: 'charity' },
  { slug: 'street-pastors', name: '{N} Street Pastors', type: 'charity' },
  { slug: 'food-bank', name: '{N} Food Bank', type: 'charity' },
  { slug: 'pru', name: '{N} Pupil Referral Unit', type: 'education' },
  { slug: 'schools-partnership', name: '{N} Secondary Schools Partnership', type: 'education' },
  { slug: 'place-partnership', name: '{N} Place-Based Health Partnership', type: 'health' },
  { slug: 'gp-federation', name: '{N} GP Federation', type: 'health' },
  { slug: 'leisure-trust', name: '{N} Leisure Trust', type: 'provider' },
  { slug: 'tenants-federation', name: '{N} Tenants Federation', type: 'charity' },
  { slug: 'boxing-club', name: '{N} Boxing Academy', type: 'charity' },
  { slug: 'lgbt-forum', name: '{N} LGBT+ Forum', type: 'charity' },
  { slug: 'disability-forum', name: '{N} Disability Forum', type: 'charity' },
  { slug: 'sexual-violence-centre', name: '{N} Rape and Sexual Abuse Support Centre', type: 'charity' },
  { slug: 'mentoring', name: '{N} Mentoring Project', type: 'charity' },
  { slug: 'refugee-network', name: '{N} Refugee Network', type: 'charity' },
  { slug: 'football-foundation', name: '{N} Football Club Foundation', type: 'charity' },
];

export const NATIONAL_STRATEGIES: { key: string; name: string; period: string; publisher: string }[] = [
  { key: 'serious-violence-strategy', name: 'Serious Violence Strategy', period: '2018', publisher: 'Home Office' },
  { key: 'serious-violence-duty', name: 'Serious Violence Duty', period: '2023', publisher: 'Home Office' },
  { key: 'tackling-vawg-strategy', name: 'Tackling Violence Against Women and Girls Strategy', period: '2021', publisher: 'Home Office' },
  { key: 'domestic-abuse-plan', name: 'Tackling Domestic Abuse Plan', period: '2022', publisher: 'Home Office' },
  { key: 'drugs-strategy', name: 'From Harm to Hope: a 10-year drugs plan', period: '2021-2031', publisher: 'HM Government' },
  { key: 'contest', name: 'CONTEST: the counter-terrorism strategy', period: '2023', publisher: 'Home Office' },
  { key: 'hate-crime-action-plan', name: 'Hate Crime Action Plan', period: '2016-2020', publisher: 'Home Office' },
  { key: 'asb-action-plan', name: 'Anti-Social Behaviour Action Plan', period: '2023', publisher: 'HM Government' },
  { key: 'reducing-reoffending-plan', name: 'Reducing Reoffending Plan', period: '2023', publisher: 'Ministry of Justice' },
  { key: 'beating-crime-plan', name: 'Beating Crime Plan', period: '2021', publisher: 'HM Government' },
  { key: 'youth-justice-plan', name: 'Youth Justice Strategic Plan', period: '2024-2027', publisher: 'Youth Justice Board' },
];

/** Shared by every partnership: national bodies and national charities. */
export const NATIONAL_ORGS: { slug: string; name: string; type: string; aliases?: string[] }[] = [
  { slug: 'home-office', name: 'Home Office', type: 'national' },
  { slug: 'ministry-of-justice', name: 'Ministry of Justice', type: 'national', aliases: ['MoJ'] },
  { slug: 'hmpps', name: 'HM Prison and Probation Service', type: 'probation', aliases: ['HMPPS'] },
  { slug: 'cps', name: 'Crown Prosecution Service', type: 'national', aliases: ['CPS'] },
  { slug: 'btp', name: 'British Transport Police', type: 'police', aliases: ['BTP'] },
  { slug: 'vru-network', name: 'Violence Reduction Unit Network', type: 'national' },
  { slug: 'victim-support', name: 'Victim Support', type: 'charity' },
  { slug: 'refuge', name: 'Refuge', type: 'charity' },
  { slug: 'st-giles-trust', name: 'St Giles Trust', type: 'charity' },
  { slug: 'catch22', name: 'Catch22', type: 'charity' },
  { slug: 'barnardos', name: "Barnardo's", type: 'charity' },
  { slug: 'crimestoppers', name: 'Crimestoppers', type: 'charity' },
  { slug: 'safelives', name: 'SafeLives', type: 'charity' },
  { slug: 'redthread', name: 'Redthread', type: 'charity' },
];

/** Phrases of an action's commitment: "{o}" is what it works on. */
export const ACTION_VERBS = [
  'Review {o} with partners',
  'Commission a new service for {o}',
  'Map current provision for {o}',
  'Deliver joint operations on {o}',
  'Train front line staff on {o}',
  'Publish a problem profile on {o}',
  'Expand support for {o}',
  'Run a communications campaign on {o}',
  'Agree an information sharing protocol on {o}',
  'Pilot a new approach to {o}',
  'Secure funding for {o}',
  'Evaluate the impact of work on {o}',
];

export const POSTS = [
  'Head of Community Safety',
  'Borough Commander',
  'Detective Superintendent, Public Protection',
  'Head of Probation Delivery Unit',
  'Director of Public Health',
  'Director of Children\'s Services',
  'Youth Justice Service Manager',
  'VAWG Strategic Lead',
  'Community Safety Manager',
  'Station Commander',
  'Head of Safeguarding',
  'Licensing Manager',
];

export const RAGS = ['Red', 'Amber', 'Green'];

/** A narrative that says nothing (the VRU analysis flags these: NO_SUBSTANCE). */
export const EMPTY_NARRATIVES = ['No comment', 'N/A', 'TBC', 'None'];

export const NARRATIVE_OPENINGS = [
  '{O} leads this work through the {B}.',
  '{O} reports progress on this action to the {B} each quarter.',
  'This is delivered by {O} and reviewed at the {B}.',
  '{O} has a named lead for this action who attends the {B}.',
];
export const NARRATIVE_MIDDLES = [
  'Referrals are reviewed monthly and outcomes are shared with partners.',
  'A multi-agency protocol was agreed in 2023 and is being embedded.',
  'Provision is commissioned until March 2026 and is being evaluated.',
  'Data is shared through the partnership analyst and informs tasking.',
  'Training has been delivered to front line staff across the borough.',
  'The approach follows the public health model set out in the Serious Violence Duty strategy.',
];
/** Sentences that say the provision is missing (the VRU analysis flags these: PROVISION_MISSING). */
export const NARRATIVE_GAPS = [
  'There is no dedicated provision in place at present.',
  'This is not currently funded beyond March 2025.',
  'We do not have a specialist service for under 25s.',
  'A lack of analyst capacity limits this work.',
];
