// What development builds and the tests import for JSX: the same runtime (see jsx-runtime.ts).
export * from './jsx-runtime.ts';
