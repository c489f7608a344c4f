// The analysis worker (worker_threads): checks specs for the editor off its main thread, one request at
// a time: analyze() with the data file read as the host allows, then what the editor keeps of it.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import type { DataIO } from '../core/data';
import { msg } from '../core/messages/message';
import { dataFileOf, diskIO, givenIO, refusedIO } from './dataFiles';
import { editorAnalysis, failedAnalysis, type AnalysisReply, type AnalysisRequest } from './analysisProtocol';

const port = parentPort!;

/** `ask` only reaches here for a spec that reads no file. */
function dataIO(access: AnalysisRequest['access'], refused: () => void): DataIO {
  if (access.kind === 'disk') return diskIO(access.where);
  if (access.kind === 'given') return givenIO(access.path, access.read);
  if (access.kind === 'ask') return givenIO();
  const io = refusedIO(access.reason);
  return {
    readCsv: (file) => {
      refused();
      return io.readCsv(file);
    },
  };
}

function answer(req: AnalysisRequest): AnalysisReply {
  const needs = req.access.kind === 'ask' ? dataFileOf(req.text) : undefined;
  if (needs !== undefined) return { inReplyTo: req.id, needs };
  let refused = false;
  const a = analyze(
    req.text,
    dataIO(req.access, () => (refused = true)),
  );
  return { inReplyTo: req.id, analysis: editorAnalysis(a, refused) };
}

port.on('message', (req: AnalysisRequest) => {
  try {
    port.postMessage(answer(req));
  } catch (e) {
    const why = msg('analysis.internalError', { error: e instanceof Error ? e.message : String(e) });
    port.postMessage({ inReplyTo: req.id, analysis: failedAnalysis(why) } satisfies AnalysisReply);
  }
});
