// What the verifiers trust, and nothing else: the issuers the user names. A credential says who issued it (its
// issuer id, its issuer name, its kid URL), but a forger writes those too, so they only ever select among keys the
// user already trusts. The trust anchor is either a Passerelle running on this machine (--issuer: its issuer
// document at /credentials/issuer is read) or a saved copy of that document (--trust), which lists the issuer's
// did:keys and VC-JWT keys, current and retired. Also here: the revocation check against a status list, which
// must be signed by the credential's own (trusted) issuer.
import { readFileSync } from 'node:fs';
import { quietly } from './offline.mjs';

export const NO_TRUST_ANCHOR = `no trust anchor: say which issuer you trust, with
            --issuer http://127.0.0.1:8080   (a Passerelle running here; its issuer document is read), or
            --trust issuer.json              (a saved copy of its /credentials/issuer document)
            Without one, a credential signed by anyone's own key under the name "Passerelle" would pass.`;

// Reads "--name value" options and bare flags; anything else is the one file argument.
export function parseArguments(argv, { valued, flags }) {
  const options = { file: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (valued.includes(arg) && i + 1 < argv.length) {
      options[arg.slice(2)] = argv[++i];
    } else if (flags.includes(arg)) {
      options[arg.slice(2)] = true;
    } else if (!arg.startsWith('--') && options.file === undefined) {
      options.file = arg;
    } else {
      throw new Error(`unexpected argument ${arg}`);
    }
  }
  return options;
}

// The trusted issuers from --issuer (fetched, this machine only) and/or --trust (a file); null when neither.
export async function loadTrust({ issuer, trust }) {
  const documents = [];
  if (issuer) {
    const address = /\/credentials\/issuer\/?$/.test(issuer)
      ? issuer
      : `${issuer.replace(/\/+$/, '')}/credentials/issuer`;
    const response = await fetch(address);
    if (!response.ok) {
      throw new Error(`${address} answered ${response.status}`);
    }
    documents.push({ source: address, document: await response.json() });
  }
  if (trust) {
    const saved = JSON.parse(readFileSync(trust, 'utf8'));
    for (const document of Array.isArray(saved) ? saved : [saved]) {
      documents.push({ source: trust, document });
    }
  }
  if (!documents.length) {
    return null;
  }
  return documents.map(({ source, document }) => issuerFrom(document, source));
}

function issuerFrom(document, source) {
  const dids = new Map((document.dataIntegrityIssuers ?? []).map((entry) => [entry.id, entry]));
  const jwtKeys = new Map();
  for (const entry of document.jwtKeys ?? []) {
    if (!entry.jwk || 'd' in entry.jwk) {
      throw new Error(`${source}: the JWT key ${entry.kid} must come with its public JWK (and no private part)`);
    }
    jwtKeys.set(entry.kid, entry.jwk);
  }
  if (!dids.size && !jwtKeys.size) {
    throw new Error(`${source} lists no did:key and no JWT key: not an issuer document`);
  }
  return { name: document.name ?? '(unnamed)', url: document.url, source, dids, jwtKeys };
}

export function issuerIdOf(credential) {
  return typeof credential.issuer === 'string' ? credential.issuer : credential.issuer?.id;
}

// The trusted issuer that published this did:key, if any.
export function trustedForDid(trusted, did) {
  return trusted.find((issuer) => issuer.dids.has(did));
}

// The trusted issuer that published the VC-JWT key with this kid, if any.
export function trustedForKid(trusted, kid) {
  return trusted.find((issuer) => issuer.jwtKeys.has(kid));
}

export function describe(issuer) {
  return `${issuer.name} (${issuer.source})`;
}

// Fetches the status list the entry names (from this machine only), checks that it is a status list credential
// signed by the credential's issuer — a did:key the user trusts — and reads the credential's bit. Returns
// { state: 'valid' | 'revoked' | 'unknown', findings: [[label, text], …] } for the caller to print.
export async function checkRevocation(entry, issuerDid) {
  const findings = [];
  const unknown = (why) => ({ state: 'unknown', findings: [...findings, ['status', `unknown: ${why}`]] });
  if (entry?.type !== 'BitstringStatusListEntry' || entry.statusPurpose !== 'revocation') {
    return unknown(`not a BitstringStatusListEntry for revocation (${entry?.type} ${entry?.statusPurpose})`);
  }
  const index = Number.parseInt(entry.statusListIndex, 10);
  if (!Number.isInteger(index) || index < 0 || String(index) !== String(entry.statusListIndex)) {
    return unknown(`statusListIndex ${entry.statusListIndex} is not a bit number`);
  }
  findings.push(['status list', entry.statusListCredential]);
  let list;
  try {
    const response = await fetch(entry.statusListCredential);
    if (!response.ok) {
      return unknown(`the status list answered ${response.status}`);
    }
    list = await response.json();
  } catch (error) {
    return unknown(error.cause?.message ?? error.message);
  }
  const { verifyCredential } = await import('@digitalcredentials/verifier-core');
  const { result } = await quietly(() => verifyCredential({ credential: list, knownDIDRegistries: [] }));
  const step = (id) => result.log?.find((s) => s.id === id)?.valid === true;
  const signed = !result.errors && step('valid_signature') && step('expiration');
  const listIssuer = issuerIdOf(list);
  const proofs = [].concat(list.proof ?? []);
  const byIssuer = listIssuer === issuerDid && proofs.length > 0
    && proofs.every((proof) => proof.verificationMethod?.split('#')[0] === listIssuer);
  findings.push(['', `signature ${signed ? 'valid' : 'INVALID'}, signed by ${byIssuer
    ? 'the credential\'s issuer (trusted)' : `${listIssuer}, NOT the credential's issuer`}`]);
  if (!signed || !byIssuer) {
    return unknown('the status list is not signed by the credential\'s trusted issuer');
  }
  if (list.id !== entry.statusListCredential || !list.type?.includes('BitstringStatusListCredential')
    || list.credentialSubject?.statusPurpose !== entry.statusPurpose) {
    return unknown('the document at that address is not the revocation list the credential names');
  }
  const { decodeList } = await import('@digitalcredentials/vc-bitstring-status-list');
  const bits = await decodeList({ encodedList: list.credentialSubject.encodedList });
  if (index >= bits.length) {
    return unknown(`bit ${index} is beyond the list's ${bits.length} bits`);
  }
  const revoked = bits.getStatus(index);
  findings.push(['revocation', `bit ${index}: ${revoked ? 'SET (revoked)' : 'not set'}`]);
  return { state: revoked ? 'revoked' : 'valid', findings };
}
