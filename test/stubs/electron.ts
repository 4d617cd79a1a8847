// Stand-in for the `electron` package in Node tests: any use is a bug in the test setup.
export default new Proxy({}, { get: (_t, key) => { throw new Error(`electron.${String(key)} is not available in Node tests`); } });
