// Apollo Client reads globalThis.__DEV__ once, when it is first loaded, and outside development it
// logs nothing (no cache warning either). A test that listens for its warnings imports this file
// before @apollo/client.
(globalThis as { __DEV__?: boolean }).__DEV__ = true;

export {};
