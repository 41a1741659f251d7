/* The footer says when the content was checked, in the page's language, and not when the page was built (that date says nothing a reader needs). */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import SiteFooter from '../../src/components/layout/SiteFooter.astro';
import { requestContext } from '../../src/lib/requestContext';

it('gives the day the content was checked in the page’s language, and no build date', async () => {
  const astro = await AstroContainer.create();
  const html = await astro.renderToString(SiteFooter, {
    props: { contentCheckedOn: '2026-02-15' },
    locals: requestContext('fr', new Date('2026-03-01T09:30:00Z')),
  });
  const footer = parse(html).querySelector('footer')!;
  const text = footer.text.replace(/\s+/g, ' ');
  expect(text).toContain('Contenu vérifié pour la dernière fois le 15 février 2026.');
  expect(text).not.toContain('1 mars 2026');
  expect(footer.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual(
    expect.arrayContaining(['/fr/embed/', '/fr/translations/', '/fr/rss.xml', '/rounds.json']),
  );
});
