import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { linkSchema, noticeSchema, roundSchema, timelineEventSchema } from './lib/contentSchemas';
import { noticeIdFromPath } from './lib/noticePaths';

const notices = defineCollection({
  loader: glob({
    base: './src/content/notices',
    pattern: '**/*.mdx',
    generateId: ({ entry }) => noticeIdFromPath(entry),
  }),
  schema: noticeSchema,
});

const rounds = defineCollection({
  loader: file('src/content/rounds.yaml'),
  schema: roundSchema,
});

const links = defineCollection({
  loader: file('src/content/links.yaml'),
  schema: linkSchema,
});

const timeline = defineCollection({
  loader: file('src/content/timeline.yaml'),
  schema: timelineEventSchema,
});

export const collections = { notices, rounds, links, timeline };
