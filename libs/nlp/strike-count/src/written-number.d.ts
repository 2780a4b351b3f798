// Test oracle only (devDependency): number → words in French and English.
declare module 'written-number' {
  function writtenNumber(n: number, options?: { lang?: string; noAnd?: boolean }): string;
  export = writtenNumber;
}
