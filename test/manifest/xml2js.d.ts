// The part of xml2js (0.5, installed with office-addin-manifest) that the manifest tests use; it ships no types.
declare module "xml2js" {
  export interface ParserOptions {
    explicitChildren?: boolean;
    preserveChildrenOrder?: boolean;
    charsAsChildren?: boolean;
    explicitArray?: boolean;
  }
  /** Calls back synchronously unless the `async` option is set. */
  export function parseString(xml: string, options: ParserOptions, callback: (error: Error | null, result: unknown) => void): void;
}
