export * from './agency';
export * from './register';
