import { describe, expect, it } from 'vitest';
import { linkSchema } from '../../src/lib/contentSchemas';
import { isMetaHost, OFFICIAL_LINK_HOSTS } from '../../src/lib/metaHosts';

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

describe('the hosts an official link may use', () => {
  it('are where the forms are, and only Meta hosts', () => {
    for (const host of OFFICIAL_LINK_HOSTS) expect(isMetaHost(host), host).toBe(true);
    expect(linkSchema.safeParse({ id: 'x', platform: 'facebook', url: 'https://l.facebook.com/form' }).success).toBe(
      false,
    );
    expect(
      linkSchema.safeParse({ id: 'x', platform: 'instagram', url: 'https://help.instagram.com/contact/1' }).success,
    ).toBe(true);
  });
});
