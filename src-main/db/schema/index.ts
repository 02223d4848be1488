export * from './agency';
export * from './register';
export * from './books';
export * from './exchange';
export * from './signing';
export * from './calendar';
export * from './follow-up';
export * from './workflow';
