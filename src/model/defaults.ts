// Defaults of the format contract that several parts of sdplan share (load, check, score, overlap,
// render): one place, so none of them imports another core folder for a constant.

/** Overlap pairs scoring below this are not reported, unless plan.yaml sets overlaps.threshold (calibrated; see overlap/signals.ts). */
export const DEFAULT_THRESHOLD = 0.41;

/** A trajectory is on track within this share of the whole change from baseline to final target. */
export const ON_TRACK_TOLERANCE = 0.05;

/** sdplan's version, as in package.json (a test checks they agree); the CI workflow pins it. */
export const SDPLAN_VERSION = '0.3.0';
