// A CSS file imported with `?texte` gives its text (the demo and test servers' plugin, web-dev-server.config.mjs).
declare module '*.css?texte' {
  const css: string;
  export default css;
}
