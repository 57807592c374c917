// Verifies an Open Badges 3.0 credential with an embedded Data Integrity proof (eddsa-rdfc-2022) using the
// Digital Credentials Consortium's verifier, @digitalcredentials/verifier-core: its JSON-LD contexts are
// built in and the did:key issuer resolves without a network. The signature alone proves only that whoever holds
// the issuer's key signed it, so the issuer must also be one the user trusts (trust.mjs): a did:key published by
// the Passerelle given with --issuer, or listed in the saved issuer document given with --trust. The status
// list is fetched only from this machine and must be signed by that same issuer; with --offline nothing is
// fetched and revocation is not checked (say so in the verdict).
//
//   node verify-badge.mjs badge.json --issuer http://127.0.0.1:8080
//   node verify-badge.mjs badge.json --trust issuer.json [--offline]
//
// Exit status 0 only for a credential from a trusted issuer, with a valid signature, in its validity period and
// not revoked (or, with --offline, not checked for revocation); 1 when it is not; 2 when it cannot be judged.
import { readFileSync } from 'node:fs';
import { quietly, stayOffline } from './offline.mjs';
import {
  NO_TRUST_ANCHOR, checkRevocation, describe, issuerIdOf, loadTrust, parseArguments, trustedForDid,
} from './trust.mjs';

const USAGE = 'usage: node verify-badge.mjs badge.json'
  + ' (--issuer http://127.0.0.1:8080 | --trust issuer.json) [--offline]';
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

const credential = JSON.parse(readFileSync(options.file, 'utf8'));
console.log(`credential  ${credential.id}`);
console.log(`name        ${credential.name}`);
console.log(`holder      ${credential.credentialSubject?.identifier?.[0]?.identityHash}`);
console.log(`issuer      ${credential.issuer?.name} ${issuerIdOf(credential)}`);

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

const { verifyCredential } = await import('@digitalcredentials/verifier-core');
const { result, held } = await quietly(() => verifyCredential({ credential, knownDIDRegistries: [] }));
if (held.length && process.env.DEBUG) {
  console.log(held.join('\n'));
}
if (result.errors) {
  for (const error of result.errors) {
    console.log(`FATAL       ${error.name}: ${error.message}`);
  }
  console.log('RESULT      NOT VALID');
  process.exit(1);
}

const problems = [];
const line = (id, verdict) => console.log(`${id.padEnd(20)} ${verdict}`);
for (const step of result.log) {
  if (step.id === 'registered_issuer') {
    continue; // the DCC's registries of issuers; the trusted issuer is checked below instead
  }
  if (step.id === 'revocation_status' && options.offline) {
    line(step.id, 'not checked (--offline)');
    continue;
  }
  line(step.id, 'valid' in step
    ? (step.valid ? 'valid' : 'INVALID')
    : `ERROR ${step.error?.name}: ${step.error?.message}`);
  if (step.valid !== true) {
    problems.push(step.id === 'revocation_status' && step.valid === false ? 'REVOKED' : `${step.id} failed`);
  }
}

// The issuer must be one the user trusts, and every proof must be by that issuer's key.
const issuerId = issuerIdOf(credential);
const issuer = trustedForDid(trusted, issuerId);
const proofs = [].concat(credential.proof ?? []);
if (!issuer) {
  line('trusted_issuer', `INVALID: ${issuerId} is not a key of ${trusted.map(describe).join(', ')}`);
  problems.unshift(`NOT GENUINE: the issuer ${issuerId} is not one the trusted issuer published`);
} else if (!proofs.length || !proofs.every((proof) => proof.verificationMethod?.split('#')[0] === issuerId)) {
  line('trusted_issuer', 'INVALID: a proof is not by the issuer\'s key');
  problems.unshift('NOT GENUINE: signed by a key other than the issuer\'s');
} else {
  line('trusted_issuer', `valid: ${describe(issuer)}`);
}

// A credential that cannot be checked for revocation is not valid: Passerelle's always name their status list.
let revocation = 'not checked';
if (options.offline) {
  line('status_list', `not checked (--offline)${credential.credentialStatus ? '' : '; the credential names none'}`);
} else if (!credential.credentialStatus) {
  line('status_list', 'INVALID: the credential has no credentialStatus, so its revocation cannot be checked');
  problems.push('NOT VALID: no credentialStatus, revocation cannot be checked');
} else if (!issuer) {
  line('status_list', 'not checked (the issuer is not trusted)');
} else {
  const status = await checkRevocation(credential.credentialStatus, issuerId);
  const labels = { 'status list': 'status_list', status: 'status_list', revocation: 'revocation_bit' };
  status.findings.forEach(([label, text]) => line(labels[label] ?? label, text));
  revocation = status.state;
  if (status.state === 'revoked' && !problems.includes('REVOKED')) {
    problems.push('REVOKED');
  } else if (status.state === 'unknown') {
    problems.push('status unknown: the status list cannot be trusted');
  }
}
line('schema_check', 'not checked here (node check-schema.mjs FILE checks the OB 3.0 JSON schema)');

if (problems.length) {
  // The gravest first: a forgery, then a revocation, then anything else that keeps it from being valid.
  const first = (prefix) => problems.find((problem) => problem.startsWith(prefix));
  console.log(`RESULT      ${first('NOT GENUINE') ?? first('REVOKED') ?? first('NOT VALID') ?? first('status unknown')
    ?? `NOT VALID: ${problems.join(', ')}`}`);
  process.exit(1);
}
console.log(revocation === 'valid'
  ? 'RESULT      genuine, valid and not revoked'
  : 'RESULT      genuine and valid; revocation not checked');
process.exit(0);
