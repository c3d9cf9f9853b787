// Template YAML files are bundled as text (Vite and our esbuild plugin both honour "?raw").
declare module '*?raw' {
  const text: string;
  export default text;
}
