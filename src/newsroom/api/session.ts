import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { isSignedOut, staffRequest } from './staffApi';
import { noContentSchema, staffSchema, type Staff } from './schemas';

const SESSION = '/api/newsroom/session';

/** Who is signed in, or null: signed out is an answer here, not an error. */
export const sessionQuery = queryOptions({
  queryKey: ['newsroom', 'session'],
  queryFn: async ({ signal }): Promise<Staff | null> => {
    try {
      return (await staffRequest(SESSION, staffSchema, { signal })).staff;
    } catch (error) {
      if (isSignedOut(error)) return null;
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});

export async function signIn(queryClient: QueryClient, credentials: { email: string; password: string }): Promise<Staff> {
  const { staff } = await staffRequest(SESSION, staffSchema, { method: 'POST', body: credentials });
  // Another person's cached answers never outlive a sign-in.
  queryClient.removeQueries({ queryKey: ['newsroom'] });
  queryClient.setQueryData(sessionQuery.queryKey, staff);
  return staff;
}

export async function signOut(queryClient: QueryClient): Promise<void> {
  await staffRequest(SESSION, noContentSchema, { method: 'DELETE' });
  queryClient.removeQueries({ queryKey: ['newsroom'] });
  queryClient.setQueryData(sessionQuery.queryKey, null);
}
