import { worker } from './browser.ts';

// `npm run dev` only: Vite puts this script in the page before the app's entry (the
// devMockApi plugin in vite.config.ts), so that MSW's worker answers /api before the app
// asks anything. The app waits for the promise it leaves; no file of src/ imports mocks/.
(globalThis as { devApiReady?: Promise<unknown> }).devApiReady = worker.start({ onUnhandledRequest: 'bypass', quiet: true });
