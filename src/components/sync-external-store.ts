// react-i18next still imports the pre-React-18 shim; React 19 has the hook built in.
// vite.config.ts points the shim here so the bundle does not carry both.
export { useSyncExternalStore } from 'react';
