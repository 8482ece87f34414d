import { http, HttpResponse } from 'msw';
import { apiError } from './respond.ts';

/**
 * The staff API as the mock has it: no staff accounts, so nobody signs in. It answers as the
 * server answers someone signed out: a sign-in is refused, signing out is fine, and every
 * other staff path asks for a session (the contract's 401).
 */
export const newsroomHandlers = [
  http.post('*/api/newsroom/session', () => apiError(401, 'wrong_credentials', 'Fel e-post eller lösenord')),
  http.delete('*/api/newsroom/session', () => new HttpResponse(null, { status: 204 })),
  http.all('*/api/newsroom/*', () => apiError(401, 'unauthenticated', 'Logga in för att fortsätta')),
];
