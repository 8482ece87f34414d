import { articleHandlers } from './handlers/articles.ts';
import { authorHandlers } from './handlers/authors.ts';
import { commentHandlers } from './handlers/comments.ts';
import { controlHandlers } from './handlers/controls.ts';
import { hostileHandlers } from './handlers/hostile.ts';
import { largeHandlers } from './handlers/large.ts';
import { newsletterHandlers } from './handlers/newsletter.ts';
import { statsHandlers } from './handlers/stats.ts';
import { tipHandlers } from './handlers/tips.ts';

/** The one handler list behind the dev worker, the Node test server and the preview server. */
export const handlers = [
  ...controlHandlers,
  ...hostileHandlers,
  ...largeHandlers,
  ...articleHandlers,
  ...authorHandlers,
  ...statsHandlers,
  ...commentHandlers,
  ...newsletterHandlers,
  ...tipHandlers,
];
