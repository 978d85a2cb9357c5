// Types of the standalone validators that schemas/compile.mjs generates at build time.
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface Validator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
export const plan: Validator;
export const goals: Validator;
export const indicators: Validator;
export const tasks: Validator;
export const governance: Validator;
export const evaluation: Validator;
/** Field names of each object schema, by schema kind and schema path ('' for the root). */
export const FIELDS: Record<'plan' | 'goals' | 'indicators' | 'tasks' | 'governance' | 'evaluation', Record<string, string[]>>;
