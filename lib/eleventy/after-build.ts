/** One page Eleventy wrote, as `eleventy.after` reports it. */
export interface RenderedResult {
  url?: string;
  outputPath?: string | false;
  content?: unknown;
}

/** What the plugins read from Eleventy's `eleventy.after` event. */
export interface AfterBuild {
  directories: { output: string };
  results: RenderedResult[];
  runMode: 'build' | 'watch' | 'serve';
}
