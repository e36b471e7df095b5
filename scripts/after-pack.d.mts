// Types of after-pack.mjs: the Electron fuses it flips and the packed binary it finds.
export declare const FUSE_SENTINEL: string;
export declare const FUSES: Readonly<{
  runAsNode: boolean;
  enableCookieEncryption: boolean;
  enableNodeOptionsEnvironmentVariable: boolean;
  enableNodeCliInspectArguments: boolean;
  enableEmbeddedAsarIntegrityValidation: boolean;
  onlyLoadAppFromAsar: boolean;
}>;
export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}
export declare function fuseConfig(
  platform: string,
  arch: number,
): Record<string, string | boolean> & { resetAdHocDarwinSignature: boolean };
export declare function binaryPath(context: Omit<PackContext, 'arch'>): {
  app: string;
  wire: string;
};
export default function afterPack(
  context: PackContext,
  log?: (line: string) => void,
): Promise<'flipped' | 'skipped'>;
