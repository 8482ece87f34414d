// The `hyphen` package ships no types; only the synchronous Swedish hyphenator is used.
declare module 'hyphen/sv' {
  const sv: { hyphenateSync: (text: string) => string };
  export default sv;
}
