import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { keepServerParts, releaseServerParts, StaticPart } from './StaticPart';

// As the server sends it: the part marked with its id, its text rendered.
const SERVER_PAGE = '<div data-static="lagen:body"><p>Serverns text</p><a href="/sektion/brott">Brott</a></div>';

let root: Root | undefined;
beforeAll(() => {
  // React's act() outside Testing Library: the environment says it is a test.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  releaseServerParts();
  document.body.innerHTML = '';
});

function hydrateServerPage(render: (id: string) => React.ReactNode, id: string) {
  const container = document.createElement('div');
  container.innerHTML = SERVER_PAGE;
  document.body.append(container);
  keepServerParts(document);
  act(() => {
    root = hydrateRoot(container, render(id));
  });
  return container;
}

describe('StaticPart', () => {
  it('keeps the server’s elements when the app hydrates the page, and renders nothing of its own', () => {
    const children = vi.fn(() => <p>Appens text</p>);
    const part = (id: string) => <StaticPart id={id}>{children}</StaticPart>;
    const container = document.createElement('div');
    container.innerHTML = SERVER_PAGE;
    const paragraph = container.querySelector('p');
    document.body.append(container);
    keepServerParts(document);
    act(() => {
      root = hydrateRoot(container, part('lagen:body'));
    });
    expect(children).not.toHaveBeenCalled();
    expect(container.querySelector('p')).toBe(paragraph);
    expect(container.textContent).toBe('Serverns textBrott');
    // Rendered again (the text size changed, say): still the server's.
    act(() => root?.render(part('lagen:body')));
    expect(container.querySelector('p')).toBe(paragraph);
  });

  it('renders another article in its place, and the first one again when the reader comes back', () => {
    const part = (id: string) => <StaticPart id={id}>{() => <p>Appens text för {id}</p>}</StaticPart>;
    const container = hydrateServerPage(part, 'lagen:body');
    act(() => root?.render(part('domen:body')));
    expect(container.textContent).toBe('Appens text för domen:body');
    act(() => root?.render(part('lagen:body')));
    expect(container.textContent).toBe('Appens text för lagen:body');
  });

  it('renders a part the server did not send, and any part once the app has moved on', () => {
    const part = (id: string) => <StaticPart id={id}>{() => <p>Appens text</p>}</StaticPart>;
    const container = hydrateServerPage(part, 'lagen:body');
    releaseServerParts();
    act(() => root?.render(<div key="ny">{part('lagen:body')}</div>));
    expect(container.textContent).toBe('Appens text');
    // A part it renders itself is not marked as the server's (islands in it are the app's).
    expect(container.querySelector('[data-static]')).toBeNull();
  });
});
