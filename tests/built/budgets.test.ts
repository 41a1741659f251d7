/*
 * The byte budgets that do not depend on timing, held on the build: the countdown script, the loader,
 * every widget document and every badge (tools/byte-budgets.mjs measures; npm run bench prints).
 */
import { byteBudgets } from '../../tools/byte-budgets.mjs';
import { expect, test } from 'vitest';
import { dist } from './builtSite';

test('the countdown script, the loader, every widget document and every badge stay within their budgets', () => {
  const budgets = byteBudgets(dist);
  expect(budgets).toHaveLength(4);
  for (const { what, file, bytes, budget } of budgets) {
    expect(bytes, `${what}: ${file}`).toBeGreaterThan(0);
    expect({ what, file, bytes, within: bytes <= budget }).toEqual({ what, file, bytes, within: true });
  }
});
