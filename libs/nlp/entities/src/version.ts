/** Version of the entity tagger (rules and shipped data); bump it whenever its output may change. */
export const ENTITIES_VERSION = '0.2.0';
