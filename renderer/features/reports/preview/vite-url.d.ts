/** Vite's `?url` imports: the built asset's URL (the project does not pull in all of vite/client's types). */
declare module '*?url' {
  const url: string;
  export default url;
}
