// The batch engine: many documents printed with one browser and a pool of tabs, incrementally.
//   scheduler.ts   jobs on a pool of printers: timeout, retry, restarts, per-job results (pure, fake-able)
//   browser.ts     the puppeteer backend (pipeline/print)
//   incremental.ts skip what is up to date (manifest.ts), run the rest, keep the manifest current
//   progress.ts    bar on a terminal, plain lines otherwise
//   listing.ts     index.html + index.csv of the outputs
//   shard.ts       --shard i/n
export { runBatch, withTimeout, BatchTimeoutError, type BatchBackend, type BatchEvent, type BatchJob, type BatchOptions, type BatchSession, type BatchSummary, type Closable, type FailureCode, type JobResult, type RestartReason } from './scheduler.ts';
export { browserBackend, type BrowserBackendOptions } from './browser.ts';
export { runIncremental, type IncrementalItem, type IncrementalOptions, type IncrementalSummary, type ItemOutput, type ItemStatus } from './incremental.ts';
export { emptyManifest, isStale, MANIFEST_NAME, readManifest, writeManifest, type Manifest, type ManifestEntry } from './manifest.ts';
export { defaultProgressMode, progressReporter, type ProgressMode, type ProgressReporter } from './progress.ts';
export { listingCsv, listingHtml, writeListing, type Listing, type ListingColumn, type ListingValue } from './listing.ts';
export { inShard, parseShard, shardOf, ShardError, type Shard } from './shard.ts';
