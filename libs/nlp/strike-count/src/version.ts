/** Version of the strike-count rules and tables; bump it when the output for a given input changes. */
export const STRIKES_VERSION = '0.2.0';
