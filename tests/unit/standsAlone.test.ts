/*
 * The repository stands on its own: no tracked file points at the team's notes outside it, which
 * a clone does not have. Facts are cited from src/content/sources.yaml instead.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const outside = ['..', 'shared'].join('/');

describe('the repository', () => {
  it('refers to nothing outside it', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    const referring = files.filter((file) => {
      try {
        return readFileSync(join(root, file), 'utf8').includes(outside);
      } catch {
        return false; // deleted in the work tree but not yet in the index
      }
    });
    expect(referring).toEqual([]);
  });
});
