// Verifies an Open Badges 3.0 credential with an embedded Data Integrity proof (eddsa-rdfc-2022) using the
// Digital Credentials Consortium's verifier, @digitalcredentials/verifier-core: its JSON-LD contexts are
// built in and the did:key issuer resolves without a network. The status list is fetched only from this
// machine (a Passerelle running on 127.0.0.1/localhost); with --offline, not at all.
//
//   node verify-badge.mjs badge.json [--offline]
//
// Exit status 0 when the signature is valid, the credential is in its validity period and not revoked.
import { readFileSync } from 'node:fs';
import { quietly, stayOffline } from './offline.mjs';

const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error('usage: node verify-badge.mjs badge.json [--offline]');
  process.exit(2);
}
stayOffline({ allowLocal: flag !== '--offline' });
const { verifyCredential } = await import('@digitalcredentials/verifier-core');

const credential = JSON.parse(readFileSync(file, 'utf8'));
const { result, held } = await quietly(() => verifyCredential({ credential, knownDIDRegistries: [] }));

console.log(`credential  ${credential.id}`);
console.log(`name        ${credential.name}`);
console.log(`holder      ${credential.credentialSubject?.identifier?.[0]?.identityHash}`);
console.log(`issuer      ${credential.issuer?.name} ${credential.issuer?.id}`);
if (result.errors) {
  for (const error of result.errors) {
    console.log(`FATAL       ${error.name}: ${error.message}`);
  }
  process.exit(1);
}
let ok = true;
let revoked = false;
for (const step of result.log) {
  if (step.id === 'registered_issuer') {
    console.log(`${step.id.padEnd(20)} not checked (no issuer registry given)`);
    continue;
  }
  if (step.id === 'revocation_status' && flag === '--offline') {
    console.log(`${step.id.padEnd(20)} not checked (--offline)`);
    continue;
  }
  const verdict = 'valid' in step ? (step.valid ? 'valid' : 'INVALID') : `ERROR ${step.error?.name}: ${step.error?.message}`;
  console.log(`${step.id.padEnd(20)} ${verdict}`);
  ok &&= step.valid === true;
  revoked ||= step.id === 'revocation_status' && step.valid === false;
}
for (const info of result.additionalInformation ?? []) {
  if (info.id === 'schema_check' && !Array.isArray(info.results)) {
    console.log(`${info.id.padEnd(20)} not checked offline (the OB schema lives at purl.imsglobal.org)`);
  }
}
if (held.length && process.env.DEBUG) {
  console.log(held.join('\n'));
}
const verdict = flag === '--offline' ? 'genuine and valid; revocation not checked' : 'genuine, valid and not revoked';
console.log(ok ? `RESULT      ${verdict}` : revoked ? 'RESULT      REVOKED' : 'RESULT      NOT VALID');
process.exit(ok ? 0 : 1);
