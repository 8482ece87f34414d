/** The API's one error shape (src/lib/apiError.ts), for answers the server gives itself. Never cached. */
export const jsonError = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: { code, message } }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
