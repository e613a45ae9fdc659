export function findChromium(env?: NodeJS.ProcessEnv): string | null;
export const NO_CHROMIUM: string;
export function ensureChromium(deps: {
  find: () => string | null;
  run: (cmd: string, args: string[]) => boolean;
  isRoot: boolean;
  log: (line: string) => void;
}): string | null;
