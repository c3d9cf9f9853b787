// A soak client: an official y-websocket client that types unique tokens ("c7-123 ") into its document at random
// word boundaries, online or not, and reconnects by itself after the server dies (y-websocket's own backoff).
// Each token is one insertion that starts at a boundary, so no later insertion can land inside it: every token a
// client typed must appear intact, exactly once, in the document it was typed into.
import * as Y from 'yjs';
import { openClient } from '../bench/client.mjs';
import { textNodes } from '../bench/fanout.mjs';

/** Positions in `text` where a token may go: the start, and just after every space. */
function boundaries(text) {
  const s = plain(text);
  const out = [0];
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) out.push(i + 1);
  return out;
}

/** Plain text of a Y.XmlText (formatting ignored, embeds skipped). */
export function plain(text) {
  return text
    .toDelta()
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

/** A client that types on `room`. `start(rateMs)` begins typing; `stop()` ends it. `tokens` lists what it typed. */
export function typist(url, room, index, { token, doc = new Y.Doc(), rand = Math.random } = {}) {
  const c = openClient(url, room, { token, doc, maxBackoffTime: 1500 });
  const tokens = [];
  let timer;
  let connects = 0;
  c.provider.on('status', (e) => {
    if (e.status === 'connected') connects++;
  });
  const typeOne = () => {
    const texts = textNodes(c.doc);
    if (!texts.length) return;
    const text = texts[Math.floor(rand() * texts.length)];
    // Only boundaries of the text as this client sees it, where every token is whole: tokens never split one another.
    const b = boundaries(text);
    const at = b[Math.floor(rand() * b.length)];
    const t = `c${index}-${tokens.length + 1}`;
    text.insert(at, `${t} `);
    tokens.push(t);
  };
  return {
    client: c,
    doc: c.doc,
    tokens,
    /** Times this client's socket connected (first connection included). */
    connects: () => connects,
    start(meanMs) {
      const step = () => {
        typeOne();
        timer = setTimeout(step, meanMs * (0.5 + rand()));
      };
      timer = setTimeout(step, rand() * meanMs);
    },
    stop() {
      clearTimeout(timer);
    },
    destroy() {
      clearTimeout(timer);
      c.destroy();
    },
  };
}
