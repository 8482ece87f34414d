import type { ArticleForm } from './articleForm';

// What was typed, kept on this device until the server has it: a failed save, a closed
// tab or a lost session never loses a word.

type LocalCopy = { form: ArticleForm; baseVersion: number | null; savedAt: string };

const key = (id: number | 'ny') => `redaktion:utkast:${id}`;

export function keepLocalCopy(id: number | 'ny', form: ArticleForm, baseVersion: number | null): void {
  try {
    localStorage.setItem(key(id), JSON.stringify({ form, baseVersion, savedAt: new Date().toISOString() } satisfies LocalCopy));
  } catch {
    // Storage full or refused: the form itself still holds the text.
  }
}

export function readLocalCopy(id: number | 'ny'): LocalCopy | undefined {
  try {
    const raw = localStorage.getItem(key(id));
    const copy = raw ? (JSON.parse(raw) as LocalCopy) : undefined;
    return copy && typeof copy === 'object' && copy.form && Array.isArray(copy.form.blocks) ? copy : undefined;
  } catch {
    return undefined;
  }
}

export function dropLocalCopy(id: number | 'ny'): void {
  try {
    localStorage.removeItem(key(id));
  } catch {
    // Nothing to do: a stale copy is offered once more and can be dropped then.
  }
}
