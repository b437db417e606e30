declare module 'markdown-it' {
  interface MarkdownIt {
    render(src: string): string;
  }
  const factory: (options?: { html?: boolean; linkify?: boolean }) => MarkdownIt;
  export default factory;
}
