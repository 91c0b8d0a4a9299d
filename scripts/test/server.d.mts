export declare const ROOT: string;
export declare function buildApp(options?: { mode?: string; outDir?: string }): Promise<string>;
export declare function startPreview(options?: { outDir?: string; port?: number }): Promise<{
  url: string;
  pid: number;
  stop: () => Promise<void>;
}>;
