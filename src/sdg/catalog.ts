// The UN SDG catalogue (17 goals, 169 targets, the indicators). Codes are loaded eagerly (small,
// needed by validate); titles live in catalog-titles.ts for the commands that print them.
import { GOAL_CODES, INDICATOR_CODES, TARGET_CODES } from './catalog-codes.js';

export interface SdgCatalog {
  goals: ReadonlySet<string>;
  targets: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
}

export const SDG: SdgCatalog = {
  goals: new Set(GOAL_CODES),
  targets: new Set(TARGET_CODES),
  indicators: new Set(INDICATOR_CODES),
};
