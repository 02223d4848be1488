export * from './agency';
export * from './register';
export * from './exchange';
export * from './books';
export * from './signing';
