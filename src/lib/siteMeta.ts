/** When a person last checked every date and link against ../shared/facts.md. Update it when you do. */
export const contentReviewed = '2026-11-22';

/**
 * The moment this build ran. SOURCE_DATE_EPOCH (seconds), the reproducible-builds convention,
 * overrides it so that two builds of one commit can be byte-identical.
 */
export const buildTime: Date = (() => {
  const epoch = typeof process !== 'undefined' ? process.env['SOURCE_DATE_EPOCH'] : undefined;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
})();
