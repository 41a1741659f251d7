/*
 * The self-host kit (/widget-kit.zip): the loader and the widget document of every language, size
 * and theme (each carries its script), with a README and the licence, for partners whose rules forbid loading anything from
 * another website. Built from the finished dist/ at the end of each build, so it is always the
 * widget as published that day. Everything in it finds the rest by relative paths.
 */
import { zipSync, type Zippable } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { SIZES, THEMES, WIDGET_FRAME_HEIGHTS, WIDGET_SANDBOX } from '../lib/widgetParams';

const KIT_FOLDER = 'objection-widget';

/** The kit's README for partners, in English (the widget itself comes in every language). */
function kitReadme({ site, dataDate }: { site: string; dataDate: string }): string {
  return `# Countdown widget: self-hosted copy

This is the countdown widget of ${site}, to serve from your own website. Nothing in it loads
anything from another website. Its data (the dates of each round) is as of ${dataDate}.

## Use it

1. Copy this folder (\`${KIT_FOLDER}\`) to your website, for example to \`/assets/${KIT_FOLDER}/\`.
   Keep its inner structure: \`widget.js\` and the \`embed/\` folder.
2. Put this where the countdown should appear (change the path and the language, e.g. "de"):

   <script src="/assets/${KIT_FOLDER}/widget.js" defer></script>
   <objection-countdown lang="en" theme="auto" size="full"><a href="${site}en/object/">How to object</a></objection-countdown>

   Options: theme="${THEMES.join('|')}", size="${SIZES.join('|')}", \`calm\` for the days
   only, without ticking seconds, and round="<id>" for another round than the current one. Without
   JavaScript, readers see the link.

Or, without the script, an iframe of \`/assets/${KIT_FOLDER}/embed/<language>/<size>/<theme>/\`
(for example \`embed/en/compact/dark/\`) with \`sandbox="${WIDGET_SANDBOX}"\` and a height of
${WIDGET_FRAME_HEIGHTS.full} px for full, ${WIDGET_FRAME_HEIGHTS.compact} px for compact. Its size and
theme are right even where its script cannot run.

## Serve it

Any static web server works. Serve \`.html\` as text/html and \`.js\` as text/javascript. If your
pages are cross-origin isolated (Cross-Origin-Embedder-Policy: require-corp), also send both
\`Cross-Origin-Embedder-Policy: require-corp\` and \`Cross-Origin-Resource-Policy: cross-origin\`
with every file under \`embed/\`: the widget runs in a sandboxed frame, which counts as another
origin even on your own site.

## Keep it up to date

The countdown recomputes from the reader's clock, so it stays right as days pass. The dates
themselves come from the day you downloaded this copy (${dataDate}). When a round changes (a new
deadline, a pause), download the kit again from ${site}en/embed/ and replace the folder. The site's
news feed, ${site}en/rss.xml, announces every such change.

## Licence

The code is under the MIT licence (LICENSE in this folder). The texts are written by the site's
authors from the sources named on ${site}; you may show them unchanged with the widget.
`;
}

/** The kit as a ZIP archive, from the built site in `dist`. */
export function selfHostKit({
  dist,
  site,
  dataDate,
  licence,
  mtime,
}: {
  dist: URL;
  site: string;
  dataDate: string;
  licence: string;
  mtime: Date;
}): Uint8Array {
  const read = (path: string) => new Uint8Array(readFileSync(new URL(path, dist)));
  const files: Zippable = {
    'README.md': new TextEncoder().encode(kitReadme({ site, dataDate })),
    LICENSE: new TextEncoder().encode(licence),
    'widget.js': read('widget.js'),
    // Every widget document: each language, size and theme.
    ...Object.fromEntries(
      readdirSync(new URL('embed/', dist), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('index.html'))
        .sort()
        .map((file) => [`embed/${file}`, read(`embed/${file}`)]),
    ),
  };
  // A fixed date for every entry, so two builds of one commit give the same archive.
  return zipSync({ [KIT_FOLDER]: files }, { level: 9, mtime });
}
