import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { resetDb } from '../mocks/db.ts';
import { server } from '../mocks/node.ts';

// Failed queries name what was missing without printing the whole DOM. find* and waitFor
// wait up to 5 s: a lazy route or form can take over a second on a busy 2-core machine,
// and a test waits for what it needs rather than for the machine to be fast.
configure({
  asyncUtilTimeout: 5_000,
  getElementError: (message) => {
    const error = new Error(message?.split('\n\n')[0] ?? 'Element not found');
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

// Soft hyphens have tests of their own (src/lib/hyphenate.test.ts, tests/e2e/comfort.test.ts);
// here words stay whole, so queries by text do not race the patterns' lazy load.
vi.mock('hyphen/sv', () => ({ default: { hyphenateSync: (word: string) => word } }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetDb();
  globalThis.localStorage?.clear();
});
afterAll(() => server.close());

// A test fails if the app logs console.error.
const consoleErrors: unknown[][] = [];
const originalError = console.error;
beforeEach(() => {
  consoleErrors.length = 0;
  console.error = (...args: unknown[]) => void consoleErrors.push(args);
});
afterEach(() => {
  console.error = originalError;
  if (consoleErrors.length) {
    throw new Error(`console.error was called:\n${consoleErrors.map((args) => args.map(String).join(' ')).join('\n')}`);
  }
});

// What jsdom lacks and the app (or Recharts) uses; a test file in the node
// environment (`// @vitest-environment node`) has no DOM to add it to.
if (typeof window !== 'undefined') installDomStubs();

function installDomStubs() {
  class ResizeObserverStub {
    private readonly callback: ResizeObserverCallback;
    constructor(callback: ResizeObserverCallback) {
      this.callback = callback;
    }
    observe(target: Element) {
      // Report a plausible size once, so that responsive charts render something.
      const rect = { width: 640, height: 400, top: 0, left: 0, bottom: 400, right: 640, x: 0, y: 0, toJSON: () => ({}) };
      this.callback([{ target, contentRect: rect } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  class IntersectionObserverStub {
    private readonly callback: IntersectionObserverCallback;
    constructor(callback: IntersectionObserverCallback) {
      this.callback = callback;
    }
    observe(target: Element) {
      // Everything counts as on screen at once.
      this.callback([{ target, isIntersecting: true, intersectionRatio: 1 } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
    }
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  }
  globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
  globalThis.IntersectionObserver = IntersectionObserverStub as unknown as typeof IntersectionObserver;
  window.scrollTo = () => {};
  // jsdom has <dialog> but not its methods: open, close (with its close event) and Escape.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      this.removeEventListener('keydown', onKey);
      this.close();
    };
    this.addEventListener('keydown', onKey);
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  Element.prototype.scrollIntoView = function scrollIntoView() {};
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
