// The columns of interactions.csv (format 1.1), in the order sdplan writes them (`interactions template`).
export const INTERACTION_COLUMNS = ['from', 'to', 'score', 'confidence', 'note', 'scored_by'] as const;

/** The seven-point scale of Nilsson et al. (2016), from +3 to -3: the data of each score's name. */
export const INTERACTION_SCALE = [3, 2, 1, 0, -1, -2, -3] as const;
