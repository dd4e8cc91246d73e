/** Markdown files imported as text (esbuild's `.md: 'text'` loader; the vitest config does the same). */
declare module '*.md' {
  const text: string;
  export default text;
}
