// The package ships no types; this is the part of its API the search uses.
declare module 'snowball-stemmers' {
  const snowball: {
    newStemmer(language: 'swedish'): { stem(word: string): string };
  };
  export default snowball;
}
