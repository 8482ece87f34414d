import { setupWorker } from 'msw/browser';
import { handlers } from './handlerList.ts';

export const worker = setupWorker(...handlers);
