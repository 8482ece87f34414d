/** The API's one error shape (src/lib/apiError.ts), for answers the server gives itself. Never cached. */
export const jsonError = (status: number, code: string, message: string, headers: Record<string, string> = {}, fieldErrors?: Record<string, string[]>) =>
  Response.json({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
