/*
 * The translation notice's edit link comes from the one configured repository address: the exact
 * file on the branch the site is built from, and no link at all when no repository is configured.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

/** src/build/siteMeta.ts as it reads the environment at build time. */
async function siteMetaWith(repository: string | undefined) {
  vi.resetModules();
  vi.stubEnv('SOURCE_REPOSITORY_URL', repository);
  return import('../../src/build/siteMeta');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('editFileUrl', () => {
  it('opens the exact file in the repository’s web editor', async () => {
    const { editFileUrl } = await siteMetaWith('https://github.com/example/object-to-meta-ai/');
    expect(editFileUrl('src/i18n/objection-guide/de.json')).toBe(
      'https://github.com/example/object-to-meta-ai/edit/main/src/i18n/objection-guide/de.json',
    );
  });

  it('gives no address when no repository is configured, or a non-https one', async () => {
    expect((await siteMetaWith(undefined)).editFileUrl('src/i18n/ui/de.json')).toBeUndefined();
    expect((await siteMetaWith('http://github.com/example/repo')).editFileUrl('src/i18n/ui/de.json')).toBeUndefined();
  });
});
