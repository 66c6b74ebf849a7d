import type { Asset } from '../assets/asset';
import { requirementById } from '../catalogue/catalogue';
import type { StepId } from '../catalogue/types';
import type { Finding } from '../questionnaire/finding-drafts';
import type { Conduit, Zone } from '../scope/zones';
import { emptyScenario, type RiskScenario } from './scenario';
import { THREAT_CATALOGUE } from './threats';
import type { RiskScenarioContent, RiskTarget } from './types';

export type ScenarioSuggestion = RiskScenarioContent & { why: string };

export interface SuggestionInput {
  zones: readonly Zone[];
  conduits: readonly Conduit[];
  assets: readonly Asset[];
  findings: readonly Finding[];
  existing: readonly RiskScenario[];
}

/** Which catalogue threat an open finding of these questionnaire steps points at. */
const THREAT_BY_STEP: Partial<Record<StepId, string>> = {
  6: 'T-04', // access control gaps: shared accounts, excess rights, leavers
  7: 'T-02', // network gaps: weak IT/OT segmentation lets IT malware through
  8: 'T-05', // patch gaps: known vulnerabilities stay open
};

const END_OF_SUPPORT: readonly (string | null)[] = ['end-of-support', 'end-of-life'];
const nameKey = (name: string) => name.trim().toLocaleLowerCase();
const isOt = (z: Zone) => z.purdueLevels.some((l) => l <= 3);
const isIt = (z: Zone) => z.purdueLevels.some((l) => l >= 4);
const reachesDmzOrAbove = (z: Zone) => z.purdueLevels.some((l) => l >= 3.5);
const targetKey = (t: RiskTarget) => (t.kind === 'zone' ? `zone:${t.zoneId}` : `conduit:${t.conduitId}`);
const names = (assets: readonly Asset[]) => assets.map((a) => a.name).join(', ');

/**
 * Scenario drafts from the scope, inventory and findings. Rules, per zone unless said otherwise:
 * 1. End-of-support or end-of-life assets in a zone that has remote-access assets or a conduit to a zone at
 *    Purdue 3.5 or above → exploitation of an end-of-life device (T-05) reached through that path.
 * 2. Assets marked remote access = yes → remote access compromise (T-01).
 * 3. Findings not dismissed, naming the zone, on a requirement of step 6, 7 or 8 → insider misuse (T-04), ransomware
 *    crossing IT/OT (T-02) or unpatched device exploitation (T-05) respectively, linked to those findings.
 * 4. No conduit-level boundary to IT: a zone spanning both OT (Purdue ≤ 3) and IT (≥ 4) levels → T-02 on the zone;
 *    a conduit joining an OT zone directly to an IT-only zone (no industrial DMZ between) → T-02 on the conduit.
 * Suggestions with the same threat and target are merged; those an existing scenario already covers (same threat,
 * same target) are skipped. The assessor rates consequences and likelihood; nothing is pre-rated.
 */
export function suggestScenarios(input: SuggestionInput): ScenarioSuggestion[] {
  const covered = new Set(input.existing.map((s) => `${s.threatId}|${targetKey(s.target)}`));
  const zoneById = new Map(input.zones.map((z) => [z.id, z]));
  const suggestions = new Map<string, ScenarioSuggestion>();

  const suggest = (
    threatId: string,
    target: RiskTarget,
    label: string,
    why: string,
    extra: { vulnerability?: string; assetIds?: string[]; findingIds?: string[] },
  ) => {
    const key = `${threatId}|${targetKey(target)}`;
    if (covered.has(key)) return;
    const merged = suggestions.get(key);
    if (merged) {
      merged.why = `${merged.why} ${why}`;
      merged.vulnerability = [merged.vulnerability, extra.vulnerability ?? ''].filter(Boolean).join('\n');
      merged.assetIds = [...new Set([...merged.assetIds, ...(extra.assetIds ?? [])])];
      merged.findingIds = [...new Set([...merged.findingIds, ...(extra.findingIds ?? [])])];
      return;
    }
    const threat = THREAT_CATALOGUE.find((t) => t.id === threatId);
    suggestions.set(key, {
      ...emptyScenario(target),
      title: `${threat?.title ?? threatId}: ${label}`,
      threatId,
      vulnerability: extra.vulnerability ?? '',
      assetIds: extra.assetIds ?? [],
      findingIds: extra.findingIds ?? [],
      why,
    });
  };

  for (const zone of input.zones) {
    const target: RiskTarget = { kind: 'zone', zoneId: zone.id };
    const assets = input.assets.filter((a) => nameKey(a.zone) === nameKey(zone.name));
    const remote = assets.filter((a) => a.remoteAccess === true);
    const outdated = assets.filter((a) => END_OF_SUPPORT.includes(a.lifecycle));
    const upstream = input.conduits
      .map((c) => (c.fromZoneId === zone.id ? c.toZoneId : c.toZoneId === zone.id ? c.fromZoneId : null))
      .map((id) => (id ? zoneById.get(id) : undefined))
      .filter((z): z is Zone => z !== undefined && reachesDmzOrAbove(z));

    if (outdated.length > 0 && (remote.length > 0 || upstream.length > 0)) {
      const paths = [
        ...remote.map((a) => `remote access to ${a.name}`),
        ...upstream.map((z) => `conduit to zone ${z.name}`),
      ].join(', ');
      const why = `Zone ${zone.name} holds end-of-support assets (${names(outdated)}) reachable via ${paths}.`;
      suggest('T-05', target, zone.name, why, {
        vulnerability: `End-of-support or end-of-life assets: ${names(outdated)}; reachable via ${paths}.`,
        assetIds: outdated.map((a) => a.id),
      });
    }
    if (remote.length > 0) {
      const why = `Zone ${zone.name} has assets reachable by remote access (${names(remote)}).`;
      suggest('T-01', target, zone.name, why, {
        vulnerability: `Remote access to: ${names(remote)}.`,
        assetIds: remote.map((a) => a.id),
      });
    }
    for (const finding of input.findings) {
      if (finding.status === 'dismissed' || !finding.zoneIds.includes(zone.id)) continue;
      const threats = new Set(
        finding.requirementIds.flatMap((id) => {
          const step = requirementById(id)?.step;
          const threatId = step === undefined ? undefined : THREAT_BY_STEP[step];
          return threatId ? [threatId] : [];
        }),
      );
      for (const threatId of threats) {
        suggest(threatId, target, zone.name, `Open finding "${finding.title}" concerns zone ${zone.name}.`, {
          vulnerability: finding.title,
          findingIds: [finding.id],
        });
      }
    }
    if (isOt(zone) && isIt(zone)) {
      const why = `Zone ${zone.name} spans control (Purdue ≤ 3) and enterprise (≥ 4) levels with no conduit between.`;
      suggest('T-02', target, zone.name, why, {
        vulnerability: 'Control and enterprise systems share one zone; no boundary stops malware spreading from IT.',
      });
    }
  }

  for (const conduit of input.conduits) {
    const from = zoneById.get(conduit.fromZoneId);
    const to = zoneById.get(conduit.toZoneId);
    if (!from || !to) continue;
    const itOnly = (z: Zone) => isIt(z) && !isOt(z);
    const [ot, it] = isOt(from) && itOnly(to) ? [from, to] : isOt(to) && itOnly(from) ? [to, from] : [];
    if (!ot || !it) continue;
    suggest(
      'T-02',
      { kind: 'conduit', conduitId: conduit.id },
      conduit.name,
      `Conduit ${conduit.name} joins control zone ${ot.name} directly to enterprise zone ${it.name}.`,
      { vulnerability: `Direct path between ${ot.name} and ${it.name} without an industrial DMZ.` },
    );
  }
  return [...suggestions.values()];
}
