import { http, HttpResponse } from 'msw';
import contract from '../../src/api/openapi.json';

/** The API contract, as committed (src/api/openapi.json); `npm run api:openapi` regenerates it. */
export const openApiHandlers = [http.get('*/api/openapi.json', () => HttpResponse.json(contract))];
