export * from './backup';
export * from './config';
export { sha256File, stampOf } from './files';
