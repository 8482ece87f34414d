import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '../../lib/apiError';
import { apiErrorBodySchema } from '../../lib/apiErrorBody';
import { photoListSchema, photoSchema, type Photo } from './mediaSchemas';
import { staffRequest } from './staffApi';

// The newsroom's photos: the list to choose from, an upload (with its progress), and
// the alt text, caption and credit kept with each.

const BASE = '/api/newsroom/media';

export type { Photo };

export const photoListQuery = queryOptions({
  queryKey: ['newsroom', 'media', 'list'],
  queryFn: ({ signal }) => staffRequest(BASE, photoListSchema, { signal }),
  staleTime: 30_000,
});

export type PhotoFields = { alt?: string; caption?: string; creditName?: string; creditAgency?: string };

/**
 * Sends the file as multipart/form-data (the one staff post that is not JSON), telling
 * `onProgress` the share sent so far (0–1): fetch cannot report an upload's progress.
 */
export function uploadPhoto(file: File, fields: PhotoFields, onProgress: (share: number) => void): Promise<Photo> {
  const form = new FormData();
  form.set('file', file);
  for (const [key, value] of Object.entries(fields)) if (value?.trim()) form.set(key, value.trim());
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', BASE);
    request.setRequestHeader('Accept', 'application/json');
    request.responseType = 'json';
    request.timeout = 120_000;
    request.upload.addEventListener('progress', (event) => event.lengthComputable && onProgress(event.loaded / event.total));
    request.addEventListener('load', () => {
      const body: unknown = request.response;
      if (request.status === 201) {
        const parsed = photoSchema.safeParse(body);
        return parsed.success ? resolve(parsed.data) : reject(new ApiError('invalid', `Unexpected data: POST ${BASE}`, { status: 201 }));
      }
      const error = apiErrorBodySchema.safeParse(body);
      reject(new ApiError('http', error.success ? error.data.error.message : `HTTP ${request.status}`, { status: request.status, code: error.success ? error.data.error.code : undefined }));
    });
    request.addEventListener('error', () => reject(new ApiError('network', `POST ${BASE} failed`)));
    request.addEventListener('timeout', () => reject(new ApiError('timeout', `POST ${BASE} timed out`)));
    request.send(form);
  });
}
