/** The Electron executable's path, or null when it is not installed (never downloads). */
export function electronBinary(projectRoot?: string): string | null;
