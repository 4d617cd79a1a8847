export * from './profile';
export * from './presets';
export * from './queries';
