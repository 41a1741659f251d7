import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/lib/escapeHtml';

describe('escapeHtml', () => {
  it('escapes every character that could end an attribute or start a tag', () => {
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  it('escapes an ampersand first, so an entity in the text stays visible as written', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});
