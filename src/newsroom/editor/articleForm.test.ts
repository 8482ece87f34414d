import { describe, expect, it } from 'vitest';
import type { StaffArticle } from '../api/schemas';
import { blockErrors, blockFieldId, emptyForm, formFromArticle, newBlock, payloadFromForm, publishProblems } from './articleForm';

const article: StaffArticle = {
  id: 7,
  version: 3,
  slug: 'hovratten-skarper-straffet',
  status: 'published',
  headline: 'Hovrätten skärper straffet',
  lead: 'Mannen döms till fängelse.',
  section: { id: 'domstol', name: 'Domstolar' },
  author: { id: 'sara-lindqvist', name: 'Sara Lindqvist', role: 'Domstolsreporter' },
  tags: [],
  hero: { src: '/media/rattssal-800.webp', sources: [], width: 1200, height: 675, alt: 'En rättssal.', credit: { name: 'Lina Ek', agency: 'Rättsläget' } },
  body: [
    { type: 'subheading', id: 'domen', text: 'Domen' },
    { type: 'paragraph', content: [{ type: 'text', text: 'Se ' }, { type: 'link', text: 'domen', href: 'https://example.se' }] },
  ],
  commentsEnabled: true,
  scheduledAt: null,
  modifiedAt: '2026-12-03T10:00:00.000Z',
};

describe('the editor form and the API payload', () => {
  it('keeps a published article\'s address, its subheading ids and the blocks it cannot edit, as they are', () => {
    const payload = payloadFromForm(formFromArticle(article));
    expect(payload.slug).toBe('hovratten-skarper-straffet');
    expect(payload.body).toEqual(article.body);
  });

  it('gives a new subheading a stable id from its text, never one already taken', () => {
    const form = formFromArticle(article);
    form.blocks.push({ key: 'a', block: { type: 'subheading', id: '', text: 'Domen' } }, { key: 'b', block: { type: 'subheading', id: '', text: 'Vad händer nu?' } });
    expect(payloadFromForm(form).body.flatMap((block) => (block.type === 'subheading' ? [block.id] : []))).toEqual(['domen', 'domen-2', 'vad-hander-nu']);
  });

  it('finds every width of a photo under /media, and leaves out empty fact-box lines and an empty caption', () => {
    const form = emptyForm();
    form.hero.src = ' /media/arkiv-800.webp ';
    form.blocks = [{ key: 'f', block: { type: 'factBox', title: 'Fakta', items: ['Ett', '', '  ', 'Två '] } }];
    const payload = payloadFromForm(form);
    expect(payload.hero.sources.map((source) => source.url)).toEqual(['/media/arkiv-480.webp', '/media/arkiv-800.webp', '/media/arkiv-1200.webp']);
    expect(payload.hero).not.toHaveProperty('caption');
    expect(payload.body).toEqual([{ type: 'factBox', title: 'Fakta', items: ['Ett', 'Två'] }]);
  });

  it('says before publishing what the server would refuse: headline, lead, alt text and credit', () => {
    expect(publishProblems(formFromArticle(article))).toEqual({});
    expect(Object.keys(publishProblems(emptyForm()))).toEqual(['headline', 'lead', 'hero.alt', 'hero.credit']);
  });
});

describe('pictures in the text', () => {
  type Figure = Extract<StaffArticle['body'][number], { type: 'image' }>;
  const figure = (image: Partial<Figure['image']>): Figure => ({
    type: 'image',
    image: { src: '/media/tingsratt-1a2b3c4d-800.webp', sources: [{ url: '/media/tingsratt-1a2b3c4d-480.webp', width: 480 }, { url: '/media/tingsratt-1a2b3c4d-800.webp', width: 800 }], width: 800, height: 450, alt: '', credit: { name: '' }, ...image },
  });

  it('keeps an uploaded photo’s own sizes, and leaves a picture block without a photo on the device', () => {
    const form = formFromArticle({ ...article, hero: { ...article.hero, ...figure({}).image }, body: [figure({ alt: 'Tingsrätten.', credit: { name: 'Lina Ek' } })] });
    form.blocks.push({ key: 'tom', block: newBlock('image') });
    const payload = payloadFromForm(form);
    expect(payload.hero.sources.map((source) => source.width)).toEqual([480, 800]);
    expect(payload.body).toEqual([figure({ alt: 'Tingsrätten.', credit: { name: 'Lina Ek' } })]);
  });

  it('asks for a photo, alt text and credit for each picture before publishing, numbered as the server numbers them', () => {
    const form = formFromArticle({ ...article, body: [figure({ credit: { name: 'Lina Ek' } })] });
    form.blocks.unshift({ key: 'tom', block: newBlock('image') });
    const problems = publishProblems(form);
    expect(problems).toEqual({ 'blocks.0.photo': ['Bild 1: välj en bild.'], 'body.0.alt': ['Bild 2: bilden behöver en alternativtext.'] });
    const key = form.blocks[1]?.key ?? '';
    expect(blockFieldId(form, 'body.0.alt')).toBe(`${key}-alt`);
    expect(blockFieldId(form, 'blocks.0.photo')).toBe('tom-fil');
    expect(blockErrors(form.blocks, problems, key)).toEqual({ alt: ['Bild 2: bilden behöver en alternativtext.'] });
  });

  it('asks each chart for a statistics set and a caption before publishing, pointing at its fields', () => {
    const form = formFromArticle({ ...article, body: [{ type: 'chart', statsId: 'anmalda-sexkop', caption: 'Anmälda sexköp.' }] });
    expect(publishProblems(form)).toEqual({});
    form.blocks.push({ key: 'nytt', block: newBlock('chart') });
    const problems = publishProblems(form);
    expect(problems).toEqual({ 'body.1.statsId': ['Diagram 2: välj en statistikserie.'], 'body.1.caption': ['Diagram 2: diagrammet behöver en bildtext.'] });
    expect(blockFieldId(form, 'body.1.statsId')).toBe('nytt-statsId');
    expect(payloadFromForm(form).body[1]).toEqual({ type: 'chart', statsId: '', caption: '' });
  });
});
