import { useEffect, useState } from 'react';

/** State that is also kept in localStorage, so a reload does not lose it. */
export function useDraft<T extends object>(key: string, empty: T) {
  const [restored] = useState(() => read<T>(key));
  const [value, setValue] = useState<T>(restored ?? empty);
  useEffect(() => {
    try {
      if (JSON.stringify(value) === JSON.stringify(empty)) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage may be full or forbidden; the draft then lives as long as the page.
    }
  }, [key, value, empty]);
  return { value, setValue, restored: restored !== null, clear: () => setValue(empty) };
}

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}
