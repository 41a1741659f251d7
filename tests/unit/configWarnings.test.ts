/* A production build warns when the site address or the report address is missing, and only then. */
import { describe, expect, it } from 'vitest';
import { missingSettings } from '../../src/build/configWarnings';

const placeholder = 'https://object-to-meta-ai.example';

describe('the build’s warnings about missing settings', () => {
  it('names both settings when neither is set, with what readers lose', () => {
    const warnings = missingSettings({}, placeholder);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^SITE_URL is not set: .*https:\/\/object-to-meta-ai\.example/);
    expect(warnings[1]).toMatch(/^SOURCE_REPOSITORY_URL is not set .*report a mistake/);
  });

  it('says nothing when both are set, and refuses a repository address that is not https', () => {
    expect(
      missingSettings(
        { SITE_URL: 'https://example.org/', SOURCE_REPOSITORY_URL: 'https://github.com/o/r' },
        placeholder,
      ),
    ).toEqual([]);
    expect(
      missingSettings(
        { SITE_URL: 'https://example.org/', SOURCE_REPOSITORY_URL: 'http://github.com/o/r' },
        placeholder,
      ),
    ).toHaveLength(1);
  });
});
