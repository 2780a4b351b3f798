export { generateCorpus, type CorpusOptions, type CorpusLanguage } from './generate-corpus';
export { createPrng, type Prng } from './prng';
export { gazetteerPlaces } from './gazetteer-places';
