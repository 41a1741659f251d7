import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking','--no-first-run'] });
const [url, out, sel, media] = process.argv.slice(2);
const ctx = await b.newContext({ viewport: { width: 390, height: 900 } });
const p = await ctx.newPage();
p.on('console', m => console.log('console', m.type(), m.text()));
await p.goto(url); if (media) await p.emulateMedia({media});
await p.locator(sel).first().screenshot({ path: out });
await b.close();
