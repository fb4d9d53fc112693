export function install(options?: { log?: (msg: string) => void }): void;
export function isInstalled(): boolean;
export const paths: { launcherDir: string; classes: string; lib: string };
