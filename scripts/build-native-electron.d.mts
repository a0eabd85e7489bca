/** Types for build-native-electron.mjs (imported by tests and start.mjs). */
export function nativeBindingPath(root: string, electronVersion: string): string;
export function electronVersion(root?: string): string;
export function electronAbi(root?: string): string | null;
export function cleanEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export class NativeBuildError extends Error {
  detail?: string;
}
export function ensureElectronNative(opts?: { root?: string; force?: boolean; log?: (message: string) => void; arch?: string }): string;
