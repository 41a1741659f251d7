import { defineCollection, reference as astroReference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import {
  authoritySchema,
  existingReference,
  linkSchema,
  noticeSchema,
  roundSchema,
  sourceSchema,
  timelineEventSchema,
} from './lib/contentSchemas';
import { noticeIdFromPath } from './lib/noticePaths';

/** The ids in a data collection's YAML file, so that a reference to a missing entry fails its schema. */
const idsIn = (collection: 'sources' | 'rounds'): ReadonlySet<string> =>
  new Set(
    (parseYaml(readFileSync(`src/content/${collection}.yaml`, 'utf8')) as { id: unknown }[]).map(({ id }) =>
      String(id),
    ),
  );
const reference = existingReference(astroReference, idsIn);

const notices = defineCollection({
  loader: glob({
    base: './src/content/notices',
    pattern: '**/*.mdx',
    generateId: ({ entry }) => noticeIdFromPath(entry),
  }),
  schema: noticeSchema(reference),
});

const sources = defineCollection({ loader: file('src/content/sources.yaml'), schema: sourceSchema });
const rounds = defineCollection({ loader: file('src/content/rounds.yaml'), schema: roundSchema(reference) });
const links = defineCollection({ loader: file('src/content/links.yaml'), schema: linkSchema });
const timeline = defineCollection({
  loader: file('src/content/timeline.yaml'),
  schema: timelineEventSchema(reference),
});

const authorities = defineCollection({ loader: file('src/content/authorities.yaml'), schema: authoritySchema });

export const collections = { notices, sources, rounds, links, timeline, authorities };
