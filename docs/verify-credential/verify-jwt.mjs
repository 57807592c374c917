// Verifies an Open Badges 3.0 credential secured as a VC-JWT (ES256) with jose, independently of Passerelle's
// code: the public key is the bare JWK at the token's kid (fetched from this machine only), a JWK Set given with
// --jwks, or a saved JWK file given with --jwk (no network at all). Then the revocation status: the status list
// credential is fetched from this machine, its own proof checked with @digitalcredentials/verifier-core, and
// the credential's bit read.
//
//   node verify-jwt.mjs badge.jwt [--jwk key.json | --jwks http://127.0.0.1:8080/.well-known/jwks.json] [--no-status]
//
// Exit status 0 when the signature is valid and the credential not revoked.
import { readFileSync } from 'node:fs';
import * as jose from 'jose';
import { quietly, stayOffline } from './offline.mjs';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const file = args[0];
if (!file) {
  console.error('usage: node verify-jwt.mjs badge.jwt [--jwk key.json | --jwks URL] [--no-status]');
  process.exit(2);
}
stayOffline();

const token = readFileSync(file, 'utf8').trim();
const header = jose.decodeProtectedHeader(token);
let key;
if (option('--jwk')) {
  key = await jose.importJWK(JSON.parse(readFileSync(option('--jwk'), 'utf8')), 'ES256');
} else if (option('--jwks')) {
  key = jose.createRemoteJWKSet(new URL(option('--jwks')));
} else {
  const response = await fetch(header.kid);
  key = await jose.importJWK(await response.json(), 'ES256');
}

let payload;
try {
  ({ payload } = await jose.jwtVerify(token, key, { algorithms: ['ES256'], typ: 'vc+jwt' }));
} catch (error) {
  console.log(`header      ${JSON.stringify(header)}`);
  console.log(`RESULT      NOT VALID: ${error.code ?? ''} ${error.message}`);
  process.exit(1);
}
console.log(`header      alg=${header.alg} typ=${header.typ} kid=${header.kid}`);
console.log(`credential  ${payload.id}`);
console.log(`name        ${payload.name}`);
console.log(`holder      ${payload.credentialSubject?.identifier?.[0]?.identityHash}`);
console.log(`issuer      ${payload.issuer?.name} ${payload.iss}`);
console.log(`signature   valid (ES256, jose)`);

if (args.includes('--no-status') || !payload.credentialStatus) {
  console.log('RESULT      genuine (status not checked)');
  process.exit(0);
}
const status = payload.credentialStatus;
const { verifyCredential } = await import('@digitalcredentials/verifier-core');
const { decodeList } = await import('@digitalcredentials/vc-bitstring-status-list');
const list = await (await fetch(status.statusListCredential)).json();
const { result } = await quietly(() => verifyCredential({ credential: list, knownDIDRegistries: [] }));
const listSigned = !result.errors && result.log.find((step) => step.id === 'valid_signature')?.valid === true;
const sameIssuer = list.issuer === payload.iss;
console.log(`status list ${status.statusListCredential}`);
console.log(`            signature ${listSigned ? 'valid' : 'INVALID'}, issuer ${sameIssuer ? 'same as the credential' : 'DIFFERENT'}`);
if (!listSigned || !sameIssuer || list.credentialSubject.statusPurpose !== status.statusPurpose) {
  console.log('RESULT      status unknown: the status list cannot be trusted');
  process.exit(1);
}
const revoked = (await decodeList({ encodedList: list.credentialSubject.encodedList })).getStatus(
  Number.parseInt(status.statusListIndex, 10));
console.log(`revocation  bit ${status.statusListIndex}: ${revoked ? 'SET (revoked)' : 'not set'}`);
console.log(revoked ? 'RESULT      REVOKED' : 'RESULT      genuine, valid and not revoked');
process.exit(revoked ? 1 : 0);
