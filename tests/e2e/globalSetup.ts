import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildApp, serveBuild } from './buildApp';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
  }
}

export function findChrome(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'The browser tests need Chromium and none was found. Install it with `sudo apt-get install -y chromium` ' +
        '(Debian/Ubuntu) or point CHROME_PATH at a Chrome or Chromium binary.',
    );
  }
  return found;
}

/** Builds the app and serves it as `npm start` does (mock API included) on a free port. */
export default async function setup(project: TestProject) {
  const chromePath = findChrome();
  await buildApp();
  const server = await serveBuild();
  project.provide('baseUrl', server.baseUrl);
  project.provide('chromePath', chromePath);
  return server.close;
}
