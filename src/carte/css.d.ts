// MapLibre's stylesheet, imported as its text (the build and the dev/test servers turn that one CSS file into a
// module whose default export is the CSS text): src/carte/maplibre.ts adopts it into the map's shadow root.
declare module 'maplibre-gl/dist/maplibre-gl.css' {
  const css: string;
  export default css;
}
