import { createBrowserRouter } from 'react-router';
import { createQueryClient } from '../lib/queryClient';
import { createRoutes } from './routes';

// Created once, at module scope: one query cache and one router for the app's life.
export const queryClient = createQueryClient();
export const router = createBrowserRouter(createRoutes(queryClient));
