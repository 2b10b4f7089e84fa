/** Types of scripts/functions-lv.js (plain Node, used by webpack.config.js and by the tests). */
import type { Compiler } from "webpack";

export interface MetadataParameter {
  name: string;
  description?: string;
  [key: string]: unknown;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters?: MetadataParameter[];
  [key: string]: unknown;
}

export interface Metadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

export interface TextTranslation {
  name?: string;
  description?: string;
}

export type TranslationTable = Record<string, TextTranslation & { parameters?: Record<string, TextTranslation> }>;

export declare function translateMetadata(metadata: Metadata, table: TranslationTable): Metadata;
export declare function readTable(file?: string): TranslationTable;
export declare const DEFAULT_TABLE: string;
export declare const FUNCTION_NAME: RegExp;

export declare class FunctionsLvPlugin {
  constructor(options?: { source?: string; output?: string; table?: string });
  readonly source: string;
  readonly output: string;
  readonly table: string;
  apply(compiler: Compiler): void;
}
