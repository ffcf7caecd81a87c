// punycode.js ships no types; only the functions the lookalike engine uses are declared.
declare module 'punycode.js' {
  const punycode: {
    toASCII(domain: string): string;
    toUnicode(domain: string): string;
    encode(input: string): string;
    decode(input: string): string;
  };
  export default punycode;
}
