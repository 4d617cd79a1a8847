export * from './types';
export * from './bodies';
export { LADDERS } from './ladders';
export * from './ladder-for';
export * from './moves';
export * from './next-steps';
