import type { Browser } from 'playwright-core';

export declare const CHROME_ARGS: string[];
export declare const NO_WEBGL_ARGS: string[];
export declare function launchBrowser(options?: { extraArgs?: string[]; quiet?: boolean }): Promise<{
  browser: Browser;
  executablePath: string;
  source: string;
}>;
