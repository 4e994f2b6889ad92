// Service suggestions (issue 4, item 6): from the needs an assessment found (domains at medium or
// high), the services on the map that answer them, for the client's target group and municipality.
import { foldText, type NeedDomain, type Sector } from './service-map';

export type NeedLevel = 'none' | 'low' | 'medium' | 'high';

/**
 * What kind of service answers each assessment domain (R4): the sectors it is usually found in and
 * words (Lithuanian and English, folded) that its name or description carries. A service tagged with
 * the domain on the map matches for certain; the words catch services nobody tagged.
 */
export const DOMAIN_SERVICE_HINTS: Readonly<Record<NeedDomain, { sectors: readonly Sector[]; keywords: readonly string[] }>> = {
  housing: { sectors: ['social', 'ngo'], keywords: ['bust', 'apgyvendin', 'nakvyn', 'housing', 'shelter', 'accommodation'] },
  health: { sectors: ['health'], keywords: ['sveikat', 'psichikos', 'priklausomyb', 'gydym', 'health', 'mental', 'addiction', 'medical'] },
  dailyLiving: { sectors: ['social'], keywords: ['kasdien', 'socialiniu igudziu', 'finans', 'mokesc', 'daily living', 'budget', 'finance'] },
  socialSkills: { sectors: ['social', 'ngo'], keywords: ['socialiniu igudziu', 'bendrav', 'uzimtum', 'social skills', 'communication'] },
  employment: { sectors: ['employment'], keywords: ['uzimtumo', 'darb', 'profesin', 'employment', 'job', 'work'] },
  education: { sectors: ['education'], keywords: ['mokym', 'svietim', 'mokykl', 'education', 'training', 'school'] },
  family: { sectors: ['social', 'ngo'], keywords: ['seim', 'artim', 'family', 'parent'] },
  legal: { sectors: ['other', 'ngo'], keywords: ['teisin', 'probacij', 'legal', 'probation', 'lawyer'] },
  guardianship: { sectors: ['social', 'other'], keywords: ['globa', 'rupyb', 'guardian'] },
  accessibility: { sectors: ['social', 'health'], keywords: ['prieinam', 'pritaikym', 'technin', 'transport', 'accessib', 'assistive'] },
  psychological: { sectors: ['health', 'ngo'], keywords: ['psicholog', 'konsultav', 'psycholog', 'counsel'] },
  mediation: { sectors: ['social', 'ngo', 'other'], keywords: ['informav', 'tarpinink', 'atstovav', 'mediation', 'information', 'advocacy'] },
};

export interface AssessedDomain {
  domain: NeedDomain;
  needLevel: NeedLevel;
}

/** The domains that call for a service: medium or high need, high first, in the assessment's order. */
export function domainsNeedingServices(domains: readonly AssessedDomain[]): NeedDomain[] {
  const high = domains.filter((d) => d.needLevel === 'high').map((d) => d.domain);
  const medium = domains.filter((d) => d.needLevel === 'medium').map((d) => d.domain);
  return [...high, ...medium];
}

export interface CandidateService {
  serviceId: number;
  /** Domains the service is tagged with on the map. */
  domains: readonly string[];
  /** Target groups served; empty means the map does not limit it. */
  targetGroups: readonly string[];
  /** Folded name + description (+ provider). */
  searchText: string;
  municipality: string;
  sector: Sector;
  active: boolean;
}

export interface Suggestion {
  serviceId: number;
  /** The needs this service answers, most pressing first. */
  domains: NeedDomain[];
  score: number;
}

function answers(service: CandidateService, domain: NeedDomain): 'tagged' | 'keyword' | null {
  if (service.domains.includes(domain)) return 'tagged';
  const text = foldText(service.searchText);
  return DOMAIN_SERVICE_HINTS[domain].keywords.some((k) => text.includes(k)) ? 'keyword' : null;
}

/**
 * Services that answer at least one of the needs, serve the client's target group (or do not limit
 * groups) and are in the client's municipality; best first: more needs, tagged over keyword,
 * higher need first, an explicit target-group match over an unlimited one.
 */
export function suggestServices(
  needs: readonly NeedDomain[],
  client: { targetGroup: string; municipality: string },
  services: readonly CandidateService[],
  limit = 20,
): Suggestion[] {
  if (!needs.length) return [];
  const out: Suggestion[] = [];
  for (const s of services) {
    if (!s.active || s.municipality !== client.municipality) continue;
    if (s.targetGroups.length && !s.targetGroups.includes(client.targetGroup)) continue;
    let score = 0;
    const matched: NeedDomain[] = [];
    needs.forEach((domain, rank) => {
      const how = answers(s, domain);
      if (!how) return;
      matched.push(domain);
      score += (how === 'tagged' ? 10 : 5) + (needs.length - rank);
    });
    if (!matched.length) continue;
    if (s.targetGroups.includes(client.targetGroup)) score += 2;
    out.push({ serviceId: s.serviceId, domains: matched, score });
  }
  return out.sort((a, b) => b.score - a.score || a.serviceId - b.serviceId).slice(0, limit);
}
