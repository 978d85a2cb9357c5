// Limits that keep hostile or accidental input from exhausting the machine.

/** Largest plan file read (YAML or CSV). A real plan file is well under 1 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Largest plan read, all its files together. The sample plan is 0.3 MB; a city's plan with ten years
 * of actuals a few MB. Several files under the file limit would otherwise add up to gigabytes parsed.
 */
export const MAX_PLAN_BYTES = 50 * 1024 * 1024;

/** Most alias references (`*name`) one YAML file may use. Plans need none; a few are tolerated. */
export const MAX_ALIASES = 100;

/** Most nodes a YAML file may expand to through aliases, beyond its own size. Stops alias bombs. */
export const MAX_ALIAS_EXPANSION = 10_000;

/**
 * Most bytes an imported workbook (a zip) may unpack to. sdplan's template for a whole city is
 * well under 1 MB unpacked; a zip bomb of 3.7 MB unpacks to gigabytes. Checked before parsing.
 */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
