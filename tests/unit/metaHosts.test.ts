import { describe, expect, it } from 'vitest';
import { isMetaHost } from '../../src/lib/metaHosts';

describe("Meta's hosts", () => {
  it("are Meta's domains and every host under them", () => {
    for (const host of ['facebook.com', 'www.facebook.com', 'l.facebook.com', 'help.instagram.com', 'fb.me']) {
      expect(isMetaHost(host), host).toBe(true);
    }
  });

  it('are not look-alikes that merely contain a domain of Meta', () => {
    for (const host of ['www.facebook.com.evil.example', 'notfacebook.com', 'instagram-objection.example.com']) {
      expect(isMetaHost(host), host).toBe(false);
    }
  });
});
