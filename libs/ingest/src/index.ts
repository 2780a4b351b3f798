export { DEFAULT_INGEST_LIMITS, type IngestLimits } from './ingest-limits';
export { parseDispatch } from './parse-dispatch';
export { parseHtml } from './parse-html';
export { parseNewsMlG2 } from './parse-newsml-g2';
export { parseNinjs } from './parse-ninjs';
export { parseNitf } from './parse-nitf';
export {
  type DispatchFormat,
  type DispatchInput,
  type ParsedDispatch,
  type PubStatus,
} from './parsed-dispatch';
export { rootElementName, type SniffedFormat, sniffFormat, sniffJson } from './sniff-format';
