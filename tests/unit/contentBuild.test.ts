/*
 * Broken content must stop the build with a message that names the file and the field. This runs
 * Astro's content sync (the step of `astro build` that loads and validates collections) on a copy
 * of the project with one broken file. (That the real content passes, `npm run lint` shows: it runs
 * the same sync on the project itself.)
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const run = promisify(execFile);
const copies: string[] = [];

async function syncWith(change: (project: string) => void): Promise<{ failed: boolean; output: string }> {
  const project = mkdtempSync(join(tmpdir(), 'content-check-'));
  copies.push(project);
  for (const entry of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, entry), join(project, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  change(project);
  try {
    const { stdout, stderr } = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
      cwd: project,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    return { failed: /Error/.test(stdout + stderr), output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: stdout + stderr };
  }
}

const edit = (project: string, file: string, from: string | RegExp, to: string) => {
  const path = join(project, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
};

afterAll(() => copies.forEach((project) => rmSync(project, { recursive: true, force: true })));

describe('astro build on broken content', () => {
  it.concurrent('a form link to another host fails, naming links.yaml and url', async () => {
    const { failed, output } = await syncWith((project) =>
      edit(
        project,
        'src/content/links.yaml',
        'https://help.instagram.com/',
        'https://help.instagram.com.evil.example/',
      ),
    );
    expect(failed).toBe(true);
    expect(output).toMatch(/links\.yaml/);
    expect(output).toMatch(/url: must point to one of/);
  });

  it.concurrent('a deadline zone that does not exist fails, naming rounds.yaml and the zone', async () => {
    const { failed, output } = await syncWith((project) =>
      edit(project, 'src/content/rounds.yaml', /Europe\/Berlin/, 'Europe/Atlantis'),
    );
    expect(failed).toBe(true);
    expect(output).toMatch(/rounds\.yaml/);
    expect(output).toMatch(/deadline\.zone: is not an IANA time zone/);
  });

  it.concurrent('a notice without a source fails, naming the file and the field', async () => {
    const { failed, output } = await syncWith((project) =>
      edit(project, 'src/content/notices/de/hamburg-2025.mdx', /^source:.*$/m, ''),
    );
    expect(failed).toBe(true);
    expect(output).toMatch(/de\/hamburg-2025/);
    expect(output).toMatch(/source/);
  });

  it.concurrent(
    'a notice naming a round that does not exist fails by its reference, naming entry and round',
    async () => {
      const { failed, output } = await syncWith((project) =>
        edit(project, 'src/content/notices/nb/hamburg-2025.mdx', /^round: '2025'$/m, "round: '2099'"),
      );
      expect(failed).toBe(true);
      expect(output).toMatch(/nb\/hamburg-2025/);
      expect(output).toMatch(/round: names "2099", which src\/content\/rounds.yaml does not have/);
    },
  );

  it.concurrent('a timeline event citing a source the register lacks fails, naming the event and source', async () => {
    const { failed, output } = await syncWith((project) =>
      edit(project, 'src/content/timeline.yaml', 'sources: [dpc-pause-2024]', 'sources: [no-such-source]'),
    );
    expect(failed).toBe(true);
    expect(output).toMatch(/meta-pauses-2024/);
    expect(output).toMatch(/names "no-such-source", which src\/content\/sources.yaml does not have/);
  });

  it.concurrent('a notice in an unknown locale folder fails, naming the file', async () => {
    const { failed, output } = await syncWith((project) =>
      cpSync(
        join(project, 'src/content/notices/en/hamburg-2025.mdx'),
        join(project, 'src/content/notices/xx/hamburg-2025.mdx'),
        { recursive: true },
      ),
    );
    expect(failed).toBe(true);
    expect(output).toMatch(/src\/content\/notices\/xx\/hamburg-2025\.mdx/);
  });
});
