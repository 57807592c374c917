// Keeps the verifiers offline: every HTTP request goes through fetch, and fetch may only reach this machine
// (the Passerelle that publishes the status list and keys, when it runs here). Nothing else leaves the host.
const LOCAL = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function stayOffline({ allowLocal = true } = {}) {
  const fetchFromNetwork = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (!allowLocal || !LOCAL.has(url.hostname)) {
      throw new Error(`offline: not fetching ${url.href}`);
    }
    return fetchFromNetwork(input, init);
  };
}

// Runs work with the verifiers' own console chatter (e.g. about a schema they could not fetch) held back.
export async function quietly(work) {
  const { log, error, warn } = console;
  const held = [];
  console.log = console.error = console.warn = (...args) => held.push(args.map(String).join(' ').split('\n')[0]);
  try {
    return { result: await work(), held };
  } finally {
    Object.assign(console, { log, error, warn });
  }
}
