/** The world-atlas package's country shapes (TopoJSON), imported as JSON by Vite (mapView.ts). */
declare module 'world-atlas/countries-110m.json' {
  const topology: Record<string, unknown>;
  export default topology;
}
