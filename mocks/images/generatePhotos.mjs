// Draws the demo articles' photos in headless Chromium (canvas) and saves them
// as WebP at the widths the fixtures list. Run: node mocks/images/generatePhotos.mjs
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

const OUT = path.resolve(import.meta.dirname, '../../content/media');
const WIDTHS = [480, 800, 1200];

// Each scene draws on a 1200×675 canvas; `g` is the 2D context, `r` a seeded random.
const scenes = {
  'polis-blaljus': `
    sky(['#05070d', '#0d1630', '#1a2238']);
    for (let i = 0; i < 30; i++) rect(r()*1200, 300 + r()*80, 40 + r()*90, 400, shade('#10141f', r()*0.3));
    g.fillStyle = '#0a0c12'; g.fillRect(0, 470, 1200, 205);
    glow(520, 430, 260, 'rgba(40,110,255,0.85)'); glow(700, 440, 200, 'rgba(60,140,255,0.6)');
    glow(260, 420, 90, 'rgba(255,200,120,0.5)'); glow(980, 410, 70, 'rgba(255,190,110,0.45)');
    rect(430, 400, 360, 90, '#1b2030'); rect(470, 370, 260, 40, '#242b3d');
    for (let i = 0; i < 8; i++) glow(480 + i * 35, 372, 14, 'rgba(120,180,255,0.9)');
    g.globalAlpha = 0.35; g.scale(1, -1); g.drawImage(g.canvas, 0, 300, 1200, 200, 0, -940, 1200, 300); g.setTransform(1,0,0,1,0,0); g.globalAlpha = 1;
    rain();`,
  lagbok: `
    sky(['#2b1a0e', '#4a2e16', '#6b4423']);
    glow(950, 80, 420, 'rgba(255,200,120,0.55)');
    rect(0, 430, 1200, 245, '#3a2412');
    g.save(); g.translate(600, 460); g.rotate(-0.04);
    rect(-380, -150, 380, 240, '#f2ead8'); rect(0, -150, 380, 240, '#f6efdf'); rect(-6, -150, 12, 240, '#d9ccb0');
    for (let i = 0; i < 14; i++) { rect(-340, -120 + i*15, 300 - r()*60, 4, '#8b806c'); rect(40, -120 + i*15, 300 - r()*60, 4, '#8b806c'); }
    g.restore();`,
  rattssal: `
    sky(['#cdb89a', '#b89c78', '#8c6d4c']);
    for (let i = 0; i < 6; i++) rect(60 + i * 200, 40, 24, 300, '#a88a66');
    rect(300, 250, 600, 170, '#6e4a2b'); rect(280, 230, 640, 30, '#5a3a20');
    rect(520, 120, 160, 110, '#c9b38f');
    for (let row = 0; row < 3; row++) for (let i = 0; i < 7; i++) rect(80 + i * 160, 470 + row * 70, 120, 50, shade('#7a5334', row*0.1));
    g.fillStyle = 'rgba(255,240,210,0.15)'; g.fillRect(0, 0, 1200, 675);`,
  trappa: `
    sky(['#9fb6cc', '#c7d4e0', '#e9e4da']);
    rect(150, 60, 900, 60, '#ddd6c8');
    for (let i = 0; i < 8; i++) { rect(190 + i * 115, 120, 44, 300, '#e8e2d6'); rect(190 + i * 115, 120, 10, 300, '#c9c1b1'); }
    for (let i = 0; i < 10; i++) rect(80 - i * 8, 420 + i * 26, 1040 + i * 16, 26, shade('#d8d0c0', i * 0.04));`,
  pelare: `
    sky(['#f5d9a8', '#f2c48a', '#e8a86a']);
    glow(200, 120, 300, 'rgba(255,240,200,0.8)');
    rect(0, 90, 1200, 50, '#efe7da');
    for (let i = 0; i < 6; i++) { const x = 80 + i * 200; rect(x, 140, 90, 535, '#f4efe6'); rect(x + 60, 140, 30, 535, '#d7cbb8'); for (let k = 0; k < 5; k++) rect(x + 10 + k*15, 140, 3, 535, '#e2d8c8'); }`,
  arkiv: `
    sky(['#eef0f2', '#e2e6ea', '#d5dbe1']);
    for (let col = 0; col < 5; col++) for (let row = 0; row < 4; row++) {
      rect(40 + col * 230, 40 + row * 155, 210, 140, '#c9ced4');
      for (let b = 0; b < 9; b++) rect(52 + col * 230 + b * 21, 52 + row * 155, 17, 118, ['#2f5d8a','#8a2f2f','#3d6b45','#c9a23a','#555'][Math.floor(r()*5)]);
    }`,
  riksdag: `
    sky(['#1d2440', '#4a3d63', '#c77d5b']);
    rect(0, 440, 1200, 235, '#1b2a3a');
    rect(250, 220, 700, 220, '#8e8478'); rect(220, 200, 760, 30, '#7a7166');
    for (let i = 0; i < 12; i++) rect(280 + i * 56, 260, 22, 150, '#6a6258');
    for (let i = 0; i < 10; i++) glow(300 + i * 65, 300 + (i%2)*60, 16, 'rgba(255,210,140,0.8)');
    g.globalAlpha = 0.4; g.scale(1, -1); g.drawImage(g.canvas, 0, 200, 1200, 240, 0, -880, 1200, 240); g.setTransform(1,0,0,1,0,0); g.globalAlpha = 1;`,
  kontor: `
    sky(['#e9edf0', '#dfe5ea', '#cfd8df']);
    rect(0, 0, 1200, 330, '#f4f6f7'); for (let i = 0; i < 4; i++) rect(120 + i * 260, 40, 200, 240, '#cfe3f2');
    g.fillStyle = '#7b5a3c'; g.beginPath(); g.moveTo(200, 420); g.lineTo(1000, 420); g.lineTo(1160, 675); g.lineTo(40, 675); g.fill();
    for (let i = 0; i < 5; i++) rect(300 + i * 130, 450 + (i%2)*30, 90, 60, ['#2f5d8a','#8a2f2f','#3d6b45','#c9a23a','#444'][i]);`,
  skrivbord: `
    sky(['#d8cbb8', '#cbbba4', '#b9a68b']);
    rect(0, 380, 1200, 295, '#8d6a48');
    rect(360, 250, 420, 250, '#2b2f36'); rect(375, 265, 390, 215, '#5d8fbf'); rect(300, 500, 560, 30, '#3a3f47');
    rect(880, 430, 200, 150, '#f7f3e8'); for (let i = 0; i < 7; i++) rect(900, 450 + i * 17, 150, 3, '#9aa6b5');
    g.fillStyle = '#eee'; g.beginPath(); g.arc(180, 470, 60, 0, Math.PI * 2); g.fill(); g.fillStyle = '#4a2c17'; g.beginPath(); g.arc(180, 470, 48, 0, Math.PI * 2); g.fill();`,
  lekplats: `
    sky(['#8fc3ea', '#b7daf2', '#f3e3b0']);
    glow(1000, 100, 280, 'rgba(255,236,170,0.8)');
    rect(0, 470, 1200, 205, '#6f9a4a'); rect(0, 540, 1200, 135, '#c9b27c');
    g.strokeStyle = '#b23a2a'; g.lineWidth = 18; g.beginPath(); g.moveTo(250, 540); g.lineTo(400, 220); g.lineTo(550, 540); g.moveTo(650, 540); g.lineTo(800, 220); g.lineTo(950, 540); g.moveTo(390, 220); g.lineTo(810, 220); g.stroke();
    g.strokeStyle = '#333'; g.lineWidth = 4; for (const x of [500, 620, 700]) { g.beginPath(); g.moveTo(x, 222); g.lineTo(x, 440); g.stroke(); rect(x - 30, 440, 60, 12, '#222'); }`,
  korridor: `
    sky(['#b9c3cc', '#a4afb9', '#8c97a2']);
    g.fillStyle = '#6f7a85'; g.beginPath(); g.moveTo(0,0); g.lineTo(520,260); g.lineTo(520,420); g.lineTo(0,675); g.fill();
    g.fillStyle = '#7d8893'; g.beginPath(); g.moveTo(1200,0); g.lineTo(680,260); g.lineTo(680,420); g.lineTo(1200,675); g.fill();
    g.fillStyle = '#59636d'; g.beginPath(); g.moveTo(0,675); g.lineTo(520,420); g.lineTo(680,420); g.lineTo(1200,675); g.fill();
    rect(520, 260, 160, 160, '#dfe6ec');
    for (let i = 0; i < 5; i++) { const t = i / 5, x = 40 + t * 440, h = 380 * (1 - t * 0.8); rect(x, 338 - h / 2, 40 * (1 - t*0.7), h, '#3f4851'); rect(1160 - x - 40*(1-t*0.7), 338 - h / 2, 40 * (1 - t*0.7), h, '#3f4851'); }
    for (let i = 0; i < 6; i++) glow(600, 30 + i * 40, 40 - i * 5, 'rgba(230,245,255,0.6)');`,
  dokument: `
    sky(['#e8e4dc', '#ddd7cc', '#cfc7b8']);
    for (let s = 0; s < 4; s++) for (let i = 0; i < 14; i++) { g.save(); g.translate(170 + s * 280, 560 - i * 22); g.rotate((r() - 0.5) * 0.08); rect(-110, -10, 220, 20, shade('#fbfaf6', r() * 0.12)); g.restore(); }
    g.save(); g.translate(600, 600); g.rotate(-0.1); rect(-160, -90, 320, 180, '#fff'); for (let i = 0; i < 8; i++) for (let k = 0; k < 5; k++) rect(-140 + k * 58, -72 + i * 20, 50, 12, k === 0 ? '#9bb6d0' : '#dde5ee'); g.restore();`,
  serverhall: `
    sky(['#06090d', '#0b1118', '#101822']);
    for (let i = 0; i < 7; i++) { const x = 40 + i * 165; rect(x, 60, 140, 560, '#161e28'); for (let k = 0; k < 22; k++) { rect(x + 10, 75 + k * 24, 120, 16, '#1f2935'); if (r() > 0.4) glow(x + 20 + r() * 100, 83 + k * 24, 4, r() > 0.8 ? 'rgba(255,170,60,0.9)' : 'rgba(60,255,140,0.9)'); } }
    g.fillStyle = 'rgba(60,120,200,0.08)'; g.fillRect(0, 0, 1200, 675);`,
};

const pageScript = `
window.draw = (code, seed) => {
  const canvas = document.createElement('canvas'); canvas.width = 1200; canvas.height = 675;
  const g = canvas.getContext('2d');
  let s = seed; const r = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  const rect = (x, y, w, h, c) => { g.fillStyle = c; g.fillRect(x, y, w, h); };
  const shade = (hex, k) => { const n = parseInt(hex.slice(1), 16); const f = (v) => Math.round(v * (1 - k)); return 'rgb(' + f(n >> 16) + ',' + f((n >> 8) & 255) + ',' + f(n & 255) + ')'; };
  const sky = (stops) => { const lg = g.createLinearGradient(0, 0, 0, 675); stops.forEach((c, i) => lg.addColorStop(i / (stops.length - 1), c)); g.fillStyle = lg; g.fillRect(0, 0, 1200, 675); };
  const glow = (x, y, rad, c) => { const rg = g.createRadialGradient(x, y, 0, x, y, rad); rg.addColorStop(0, c); rg.addColorStop(1, 'rgba(0,0,0,0)'); g.fillStyle = rg; g.fillRect(x - rad, y - rad, rad * 2, rad * 2); };
  const rain = () => { g.strokeStyle = 'rgba(200,220,255,0.18)'; g.lineWidth = 1; for (let i = 0; i < 400; i++) { const x = r() * 1200, y = r() * 675; g.beginPath(); g.moveTo(x, y); g.lineTo(x - 4, y + 18); g.stroke(); } };
  new Function('g', 'r', 'rect', 'shade', 'sky', 'glow', 'rain', code)(g, r, rect, shade, sky, glow, rain);
  // Film grain, so the pictures compress and look like photos rather than flat vector art.
  const img = g.getImageData(0, 0, 1200, 675);
  for (let i = 0; i < img.data.length; i += 4) { const n = (r() - 0.5) * 18; img.data[i] += n; img.data[i + 1] += n; img.data[i + 2] += n; }
  g.putImageData(img, 0, 0);
  return ${JSON.stringify(WIDTHS)}.map((w) => {
    const out = document.createElement('canvas'); out.width = w; out.height = Math.round(w * 9 / 16);
    const o = out.getContext('2d'); o.imageSmoothingQuality = 'high'; o.drawImage(canvas, 0, 0, out.width, out.height);
    return out.toDataURL('image/webp', 0.78);
  });
};`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.setContent('<html><body></body></html>');
await page.addScriptTag({ content: pageScript });
await mkdir(OUT, { recursive: true });
let seed = 7;
for (const [name, code] of Object.entries(scenes)) {
  const urls = await page.evaluate(([c, s]) => window.draw(c, s), [code, seed++ * 7919]);
  for (const [i, url] of urls.entries()) {
    await writeFile(path.join(OUT, `${name}-${WIDTHS[i]}.webp`), Buffer.from(url.split(',')[1], 'base64'));
  }
  console.log(name);
}
await browser.close();
