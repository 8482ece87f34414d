import { setupServer } from 'msw/node';
import { handlers } from './handlerList.ts';

export const server = setupServer(...handlers);
