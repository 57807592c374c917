// Checks a credential against the Open Badges 3.0 JSON schema of AchievementCredential, shipped in schema/ (its
// source and licence are in schema/README.md), so that nothing is fetched: the JSON-LD form as it is, a VC-JWT by
// its payload (the credential with its JWT claims; the signature is the verifiers' business, not this check's).
//
//   node check-schema.mjs badge.json|badge.jwt
//
// Exit status 0 when the credential follows the schema; each difference is printed otherwise.
import { readFileSync } from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

const file = process.argv[2];
if (!file) {
  console.error('usage: node check-schema.mjs badge.json|badge.jwt');
  process.exit(2);
}
const schema = JSON.parse(readFileSync(new URL('schema/ob_v3p0_achievementcredential_schema.json', import.meta.url)));
const text = readFileSync(file, 'utf8').trim();
const credential = text.startsWith('{')
  ? JSON.parse(text)
  : JSON.parse(Buffer.from(text.split('.')[1] ?? '', 'base64url').toString('utf8'));

const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats.default(ajv);
const valid = ajv.validate(schema, credential);
console.log(`schema      ${schema.title} (${schema.$id})`);
for (const error of ajv.errors ?? []) {
  console.log(`DIFFERENCE  ${error.instancePath || '/'} ${error.message}`);
}
console.log(`RESULT      ${valid ? 'follows' : 'does NOT follow'} the OB 3.0 JSON schema`);
process.exit(valid ? 0 : 1);
