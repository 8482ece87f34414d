/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the content API in production; empty or unset means the app's own origin. */
  readonly VITE_API_BASE_URL?: string;
}
