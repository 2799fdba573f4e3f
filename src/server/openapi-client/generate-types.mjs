/**
 * Writes the TypeScript types of an OpenAPI document with openapi-typescript:
 * `node generate-types.mjs openapi.json api.d.ts`.
 *
 * openapi-typescript prints its output through the compiler API of TypeScript 5 and 6, which
 * TypeScript 7 (the project's compiler) no longer ships; for this process only its `typescript`
 * import is pointed at the `typescript6` package.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  return next(specifier === 'typescript' ? 'typescript6' : specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: generate-types.mjs openapi.json api.d.ts');
const { default: openapiTS, astToString } = await import('openapi-typescript');
const ast = await openapiTS(JSON.parse(readFileSync(input, 'utf8')));
writeFileSync(output, astToString(ast));
