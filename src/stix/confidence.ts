/**
 * Confidence on the STIX scale (0–100, §3.2 and Appendix A) and ours (0–1, credibility weight ×
 * reliability weight, docs/trust.md). Export: ours × 100, rounded. Import of a foreign object: its
 * confidence becomes an Admiralty credibility by the table of STIX Appendix A (80–100 → 1 "confirmed",
 * 60–79 → 2, 40–59 → 3, 20–39 → 4, 0–19 → 5; none → 6 "cannot be judged"), and the graph then computes
 * our confidence from it and the reporter's reliability, as for any claim.
 */
export function toStixConfidence(ours: number | null | undefined): number | undefined {
  if (ours == null || !Number.isFinite(ours)) return undefined;
  return Math.min(100, Math.max(0, Math.round(ours * 100)));
}

export function credibilityFromStix(confidence: unknown): number {
  if (typeof confidence !== 'number' || !Number.isFinite(confidence)) return 6;
  if (confidence >= 80) return 1;
  if (confidence >= 60) return 2;
  if (confidence >= 40) return 3;
  if (confidence >= 20) return 4;
  return 5;
}
