export { dedupStoreContract } from './dedup-store-contract.spec-helper';
