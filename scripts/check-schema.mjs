// Checks the published roles JSON Schema, schema/roles.schema.json:
//   - it is a valid draft-07 schema (Ajv in strict mode);
//   - data/roles.json, embed/demo/agency-roles.json and the fixtures in
//     schema/fixtures/valid/ pass it;
//   - every fixture listed as "invalid" in schema/fixtures/cases.json fails
//     it at the place the case names (core/tests/schema.rs checks that
//     Catalogue::from_json refuses the same files);
//   - the "code_only" fixtures pass it: they are broken in ways only the
//     code sees, which is why check-roles exists.
// Usage: node scripts/check-schema.mjs   (exit 1 on any failure)
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';

const SCHEMA = 'schema/roles.schema.json';
const FIXTURES = 'schema/fixtures';
const ALWAYS_VALID = ['data/roles.json', 'embed/demo/agency-roles.json'];
// Keywords for editors (VS Code shows patternErrorMessage instead of the
// bare pattern); Ajv only needs to know they are not typos.
const EDITOR_KEYWORDS = ['patternErrorMessage'];

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const ajv = new Ajv({ strict: true, allErrors: true });
ajv.addVocabulary(EDITOR_KEYWORDS);
const validate = ajv.compile(read(SCHEMA));

const failures = [];
let passed = 0;
const check = (ok, what) => {
  if (ok) passed += 1;
  else failures.push(what);
};
const errorsOf = () => (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);

const cases = read(`${FIXTURES}/cases.json`);
for (const file of [...ALWAYS_VALID, ...cases.valid.map((f) => `${FIXTURES}/${f}`)]) {
  check(validate(read(file)), `${file} should pass the schema:\n    ${errorsOf().join('\n    ')}`);
}
for (const { file, schema_error_at: at } of cases.invalid) {
  const ok = validate(read(`${FIXTURES}/${file}`));
  const places = (validate.errors ?? []).map((e) => e.instancePath);
  check(!ok && places.includes(at), `${file} should fail the schema at ${at}; errors: ${ok ? 'none' : errorsOf().join('; ')}`);
}
for (const { file } of cases.code_only) {
  check(validate(read(`${FIXTURES}/${file}`)), `${file} is listed as code_only but the schema refuses it (move it to invalid): ${errorsOf().join('; ')}`);
}

for (const f of failures) console.error(`FAIL ${f}`);
console.log(`schema: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
