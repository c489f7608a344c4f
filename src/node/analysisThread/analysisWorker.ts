// The analysis worker (worker_threads): checks specs for the editor off its main thread, one request at
// a time: analyze() with the data file read as the host allows, then what the editor keeps of it; then,
// when asked, the first screen of a panel on it (webview/firstSections.ts, drawn into markup).
import { parentPort } from 'node:worker_threads';
import { analyze } from '../../core/analyze';
import type { DataIO } from '../../core/data';
import { msg } from '../../core/messages/message';
import { dataFileOf, diskIO, givenIO, refusedIO } from '../dataFiles';
import {
  editorAnalysis,
  failedAnalysis,
  type AnalysisReply,
  type AnalysisRequest,
  type EditorAnalysis,
} from '../analysisProtocol';
import { panelAnalysis, type PanelFacts } from '../panelAnalysis';
import { drawnFirstScreen } from './firstScreenDrawing';

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

/** The first screen of a panel on `analysis`, as the host would write the panel's page for it. */
function drawn(id: number, facts: PanelFacts, analysis: EditorAnalysis): AnalysisReply {
  try {
    // The page is written without the points, which follow its `ready` (src/extension/specPanel.ts).
    const message = { ...panelAnalysis(analysis, facts), points: undefined };
    return { inReplyTo: id, firstScreen: drawnFirstScreen(message, facts.lang) };
  } catch {
    return { inReplyTo: id }; // the page draws its first screen itself, as it did before this one
  }
}

port.on('message', (req: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = answer(req);
  } catch (e) {
    const why = msg('analysis.internalError', { error: e instanceof Error ? e.message : String(e) });
    reply = { inReplyTo: req.id, analysis: failedAnalysis(why) };
  }
  port.postMessage(reply);
  // Drawn after the analysis went out, so that the diagnostics never wait for it.
  if (req.panel && 'analysis' in reply) port.postMessage(drawn(req.id, req.panel, reply.analysis));
});
