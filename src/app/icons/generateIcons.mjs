// Draws the app's icons (the favicon's red "R") as PNGs in headless Chromium.
// Run: npm run icons
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

const HERE = import.meta.dirname;

// `maskable` icons are cropped to a circle or squircle by the platform: full-bleed
// background, the letter inside the central 80 % safe zone.
const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

function svg(maskable) {
  const radius = maskable ? 0 : 6;
  const fontSize = maskable ? 15 : 20;
  const baseline = maskable ? 21.5 : 23;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="${radius}" fill="#9b1c1c"/><text x="16" y="${baseline}" font-family="Georgia,serif" font-size="${fontSize}" font-weight="700" text-anchor="middle" fill="#fff">R</text></svg>`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  // Checks the favicon is still the source these are drawn from.
  if (!(await readFile(path.join(HERE, '../favicon.svg'), 'utf8')).includes('#9b1c1c')) throw new Error('favicon.svg changed: update the icons');
  for (const { file, size, maskable } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<body style="margin:0;background:transparent">${svg(maskable).replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    await writeFile(path.join(HERE, file), await page.screenshot({ omitBackground: !maskable, type: 'png' }));
    await page.close();
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
