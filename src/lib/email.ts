// Deliberately plain: one @, no spaces or angle brackets, a dot in the domain.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/u;

export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}
