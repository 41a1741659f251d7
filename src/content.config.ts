import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { linkSchema, noticeSchema, roundSchema } from './lib/contentSchemas';
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

export const collections = { notices, rounds, links };
