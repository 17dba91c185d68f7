// Public API of the Dyad library: the coder, the readers and the record types.
export { createCoder, DEFAULT_DATA_DIR } from './coder.js';
export type { Coder, CoderOptions } from './coder.js';
export { runPipeline, runPipelineBatch, checkPipeline } from './pipeline/compose.js';
export type { Stage, Doc, Layers, LayerName, StageContext } from './pipeline/stage.js';
export { OffsetMap } from './model/offset-map.js';
export type * from './model/types.js';
