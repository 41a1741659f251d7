/*
 * The embed-code generator (/{lang}/embed/): the <embed-generator> element rewrites every snippet and
 * the previews for the options a partner picks, with the same builders that wrote them at build time.
 */
import {
  badgeSnippet,
  iframeSnippet,
  pinnedScriptSnippet,
  scriptSnippet,
  type SnippetInput,
} from '../lib/embedSnippets';
import { pick, SIZES, THEMES } from '../lib/widgetParams';
import { chosenValue } from './chosenValue';

type WidgetTexts = Record<
  string,
  { title: string; linkText: string; badge: { alt: string; width: number; height: number } }
>;

customElements.define(
  'embed-generator',
  class extends HTMLElement {
    connectedCallback() {
      const form = this.querySelector<HTMLElement>('[data-embed-form]')!;
      // Written by the page at build time from the translations (src/pages/[lang]/embed/index.astro).
      const texts = JSON.parse(this.querySelector('[data-widget-texts]')!.textContent ?? '{}') as WidgetTexts;
      const { siteRoot, loaderVersion, loaderIntegrity } = this.dataset;
      const write = (kind: string, code: string) => (this.querySelector(`#snippet-${kind}`)!.textContent = code);

      const update = () => {
        const lang = chosenValue(form, 'lang')!;
        const { badge, ...words } = texts[lang]!;
        const input: SnippetInput = {
          siteRoot: siteRoot!,
          lang,
          theme: pick(chosenValue(form, 'theme'), THEMES, 'auto'),
          size: pick(chosenValue(form, 'size'), SIZES, 'full'),
          calm: chosenValue(form, 'calm') === '1',
          ...words,
        };
        write('pinned', pinnedScriptSnippet(input, { version: loaderVersion!, integrity: loaderIntegrity! }));
        write('script', scriptSnippet(input));
        write('iframe', iframeSnippet(input));
        write('badge', badgeSnippet({ siteRoot: siteRoot!, lang, ...badge }));
        write('oembed', `${siteRoot}${lang}/`);
        const image = this.querySelector<HTMLImageElement>('[data-badge-preview]')!;
        image.src = image.src.replace(/[a-z]{2}\.svg$/, `${lang}.svg`);
        Object.assign(image, { alt: badge.alt, width: badge.width, height: badge.height });
        // The previews run the real loader, which rebuilds a widget whose options change.
        for (const preview of this.querySelectorAll('objection-countdown')) {
          preview.setAttribute('lang', lang);
          preview.setAttribute('theme', input.theme);
          preview.setAttribute('size', input.size);
          if (input.calm) preview.setAttribute('calm', '');
          else preview.removeAttribute('calm');
        }
      };
      form.addEventListener('change', update);
    }
  },
);
