export * from './platform-ids';
export * from './platform-profiles';
