// Verifies an Open Badges 3.0 credential secured as a VC-JWT (ES256) with jose, independently of Passerelle's
// code. The token's kid only selects among the JWT keys of the issuer the user trusts (trust.mjs: --issuer, a
// Passerelle running here, or --trust, its saved issuer document); the key material comes from there, never from
// the address in the kid, which a forger chooses. Then the claims OB 3.0 ties to the credential (iss, jti, sub,
// nbf, exp), the issuer's did:key, and the revocation status: the status list is fetched from this machine only
// and must be signed by that issuer. With --offline nothing is fetched and revocation is not checked.
//
//   node verify-jwt.mjs badge.jwt --issuer http://127.0.0.1:8080
//   node verify-jwt.mjs badge.jwt --trust issuer.json [--offline]
//
// Exit status 0 only for a token signed by a trusted issuer's key, whose claims match, and that is not revoked
// (or, with --offline, not checked for revocation); 1 when it is not; 2 when it cannot be judged.
import { readFileSync } from 'node:fs';
import * as jose from 'jose';
import { stayOffline } from './offline.mjs';
import {
  NO_TRUST_ANCHOR, checkRevocation, describe, issuerIdOf, loadTrust, parseArguments, trustedForKid,
} from './trust.mjs';

const USAGE = 'usage: node verify-jwt.mjs badge.jwt (--issuer http://127.0.0.1:8080 | --trust issuer.json) [--offline]';
// OB 3.0 wants typ "JWT" when present; tokens Passerelle exported before said "vc+jwt" (VC-JOSE-COSE).
const TYPES = [undefined, 'JWT', 'vc+jwt'];

let options;
try {
  options = parseArguments(process.argv.slice(2), { valued: ['--issuer', '--trust'], flags: ['--offline'] });
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
if (!options.file) {
  console.error(USAGE);
  process.exit(2);
}
if (options.offline && options.issuer) {
  console.error('--offline makes no request at all: give the issuer as a saved document, --trust issuer.json');
  process.exit(2);
}
stayOffline({ allowLocal: !options.offline });
const fail = (verdict) => {
  console.log(`RESULT      ${verdict}`);
  process.exit(1);
};

const token = readFileSync(options.file, 'utf8').trim();
let header;
try {
  header = jose.decodeProtectedHeader(token);
} catch (error) {
  fail(`NOT VALID: not a compact JWS (${error.message})`);
}
console.log(`header      alg=${header.alg} typ=${header.typ} kid=${header.kid}`);

let trusted;
try {
  trusted = await loadTrust(options);
} catch (error) {
  console.log(`RESULT      NOT CHECKED: cannot read the trusted issuer: ${error.cause?.message ?? error.message}`);
  process.exit(2);
}
if (!trusted) {
  console.log(`RESULT      NOT CHECKED: ${NO_TRUST_ANCHOR}`);
  process.exit(2);
}

// The key: the trusted issuer's, selected by kid. A kid that is not one of theirs is not followed.
const issuer = header.kid === undefined ? undefined : trustedForKid(trusted, header.kid);
if (!issuer) {
  fail(`NOT GENUINE: the token's key (kid ${header.kid ?? 'missing'}) is not one of the trusted issuer's JWT keys`
    + ` (${trusted.map(describe).join(', ')}); it was not fetched`);
}
if (header.alg !== 'ES256' || !TYPES.includes(header.typ)) {
  fail(`NOT VALID: header alg=${header.alg} typ=${header.typ}, expected ES256 and JWT`);
}
let payload;
try {
  const key = await jose.importJWK(issuer.jwtKeys.get(header.kid), 'ES256');
  ({ payload } = await jose.jwtVerify(token, key, { algorithms: ['ES256'] }));
} catch (error) {
  fail(`NOT VALID: ${error.code ?? ''} ${error.message}`);
}
console.log(`credential  ${payload.id}`);
console.log(`name        ${payload.name}`);
console.log(`holder      ${payload.credentialSubject?.identifier?.[0]?.identityHash}`);
console.log(`issuer      ${payload.issuer?.name} ${payload.iss}`);
console.log(`signature   valid (ES256, jose, key of ${describe(issuer)})`);

// OB 3.0 (VC-JWT): the registered claims must restate the credential they carry.
const seconds = (dateTime) => Math.floor(Date.parse(dateTime) / 1000);
const mismatches = [];
if (!payload.iss || payload.iss !== issuerIdOf(payload)) mismatches.push(`iss ${payload.iss} is not issuer.id`);
if (!payload.jti || payload.jti !== payload.id) mismatches.push(`jti ${payload.jti} is not the credential id`);
if (payload.nbf === undefined || payload.nbf !== seconds(payload.validFrom)) mismatches.push('nbf is not validFrom');
if ((payload.sub ?? payload.credentialSubject?.id) !== undefined && payload.sub !== payload.credentialSubject?.id) {
  mismatches.push(`sub ${payload.sub} is not credentialSubject.id`);
}
if ((payload.exp ?? payload.validUntil) !== undefined && payload.exp !== seconds(payload.validUntil)) {
  mismatches.push('exp is not validUntil');
}
if (mismatches.length) {
  fail(`NOT VALID: ${mismatches.join('; ')}`);
}
console.log(`claims      iss, jti, nbf${payload.sub ? ', sub' : ''}${payload.exp ? ', exp' : ''} match the credential`);
if (!issuer.dids.has(payload.iss)) {
  fail(`NOT GENUINE: the issuer ${payload.iss} is not a did:key of ${describe(issuer)}`);
}

if (options.offline) {
  console.log(`revocation  not checked (--offline)${payload.credentialStatus ? '' : '; the credential names none'}`);
  console.log('RESULT      genuine and valid; revocation not checked');
  process.exit(0);
}
if (!payload.credentialStatus) {
  fail('NOT VALID: no credentialStatus, revocation cannot be checked');
}
const status = await checkRevocation(payload.credentialStatus, payload.iss);
status.findings.forEach(([label, text]) => console.log(`${label.padEnd(11)} ${text}`));
if (status.state === 'revoked') {
  fail('REVOKED');
}
if (status.state !== 'valid') {
  fail('status unknown: the status list cannot be trusted');
}
console.log('RESULT      genuine, valid and not revoked');
process.exit(0);
