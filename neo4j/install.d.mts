export function install(options?: { quiet?: boolean }): void;
export function isInstalled(): boolean;
export const paths: { launcherDir: string; classes: string; lib: string };
