export type BuiltServer = { origin: string; pid: number | undefined; close: () => Promise<void>; output: () => string; assertRunning: () => void };
export function startBuiltServer(dir?: string, options?: { clientDir?: string; env?: NodeJS.ProcessEnv }): Promise<BuiltServer>;
