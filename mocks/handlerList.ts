import { articleHandlers } from './handlers/articles.ts';
import { authorHandlers } from './handlers/authors.ts';
import { commentHandlers } from './handlers/comments.ts';
import { controlHandlers } from './handlers/controls.ts';
import { guardHandlers } from './handlers/guards.ts';
import { hostileHandlers } from './handlers/hostile.ts';
import { largeHandlers } from './handlers/large.ts';
import { newsletterHandlers } from './handlers/newsletter.ts';
import { newsroomHandlers } from './handlers/newsroom.ts';
import { openApiHandlers } from './handlers/openapi.ts';
import { searchHandlers } from './handlers/search.ts';
import { statsHandlers } from './handlers/stats.ts';
import { tipHandlers } from './handlers/tips.ts';

/** The API itself: what a real API behind the app would answer. */
const apiHandlers = [
  ...articleHandlers,
  ...authorHandlers,
  ...statsHandlers,
  ...commentHandlers,
  ...newsletterHandlers,
  ...tipHandlers,
  ...searchHandlers,
  ...openApiHandlers,
  ...newsroomHandlers,
];

/**
 * The test switches: latency and failures on demand, the data reset, and the hostile
 * and oversized fixture articles. They come first, so they can answer before the API.
 */
const testSwitchHandlers = [...controlHandlers, ...hostileHandlers, ...largeHandlers];

/** Every handler: the dev worker and the Node tests. The server mounts the switches only when told to. */
export const handlers = [...guardHandlers, ...testSwitchHandlers, ...apiHandlers];
