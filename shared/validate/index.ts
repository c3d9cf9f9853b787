// Live validation of POC documents: diagnostics, the rules' entry point, threat risk and ranking, completion.
export * from './diagnostic.js';
export * from './validation-context.js';
export * from './codes.js';
export { validate } from './validate.js';
export { riskOf, isImminent, isRating, rankThreats, priorityImpactOf, hasPriorityImpact, riskBand, riskBandKey, RISK_WORDS, HIGH_RISK_THRESHOLD, RISK_BANDS_FROM, THREAT_BLOCK, type RankedThreat, type RiskBand } from './risk.js';
export { completion, type Completion } from './completion.js';
export { CADENCE_DAYS, type Cadence } from './cadence.js';
export { Validator } from './incremental.js';
