/**
 * Extraction worker (see parallel.ts): collects the name forms of its slice of the corpus, then, given every
 * a copy of the corpus's speaker registry built by the main thread, reads its slice's documents.
 */
import { parentPort } from 'node:worker_threads';
import type { CorpusDocument } from '../core/types.js';
import { extractDocument } from './document.js';
import { observationsOf } from './index.js';
import { bodyParagraphs, type Paragraph } from './paragraphs.js';
import type { SpeakerRef, WorkerReply, WorkerRequest } from './parallel.js';
import { SpeakerRegistry, type SpeakerEntry } from './speakers.js';

let documents: CorpusDocument[] = [];
let paragraphs: Paragraph[][] = [];

function refOf(entry: SpeakerEntry | null, registry: SpeakerRegistry): SpeakerRef {
  if (!entry) return null;
  return registry.builtIndexOf(entry) ?? entry.name;
}

function handle(message: WorkerRequest): WorkerReply {
  if (message.type === 'observe') {
    documents = message.documents;
    paragraphs = documents.map((d) => bodyParagraphs(d));
    return { type: 'observed', observations: paragraphs.map((p) => observationsOf(p)) };
  }
  const registry = SpeakerRegistry.fromSnapshot(message.registry);
  const aliasSink = new Map<string, Set<string>>();
  const out = documents.map((doc, i) => {
    const { quotes, events } = extractDocument(doc, registry, aliasSink, paragraphs[i]);
    // Each document's paragraphs are done with; the rest of the slice still needs its own.
    paragraphs[i] = [];
    return {
      quotes: quotes.map(({ source: _source, speaker, ...q }) => ({ ...q, speaker: refOf(speaker, registry) })),
      events: events.map(({ source: _source, ...e }) => e),
    };
  });
  documents = [];
  paragraphs = [];
  return { type: 'extracted', documents: out, aliases: [...aliasSink].map(([id, set]) => [id, [...set]]) };
}

parentPort?.on('message', (message: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = handle(message);
  } catch (err) {
    reply = { type: 'failed', message: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
  }
  parentPort!.postMessage(reply);
});
