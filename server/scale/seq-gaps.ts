/**
 * Noticing a missed update (several instances, issue 17). Every update an
 * instance stores comes with its sequence number and the sequence number of
 * the document's row before it (`AppendedUpdate`), so the updates of one
 * document form a chain. An instance follows each loaded document's chain
 * from the messages it receives and the updates it stores itself; a link
 * whose previous number it has not reached is a gap: either its message is
 * still on the way (messages of two instances may cross), or it was lost
 * (Redis dropped the connection) or never sent (a row written straight to
 * the store). The caller waits a moment, then reads what is missing from
 * the store (`loadUpdatesSince`).
 *
 * The first link seen for a document sets where its chain starts: the
 * instance subscribes to every document before it loads any, so whatever
 * the store held after its load comes as messages, and what Redis drops
 * while disconnected is read back on reconnect.
 */

interface Chain {
  /** The chain is known without a gap up to this sequence number. */
  upTo: number;
  /** Links seen ahead of a gap: previous number → number. */
  ahead: Map<number, number>;
}

/** @internal The update chains of the documents an instance holds. */
export class SeqGaps {
  private readonly chains = new Map<string, Chain>();

  /** Notes an update at `seq` whose document's previous row is `prevSeq`; returns whether a gap is open in the document's chain. */
  note(docId: string, seq: number, prevSeq: number): boolean {
    if (seq === 0) return this.hasGap(docId);
    let chain = this.chains.get(docId);
    if (!chain) {
      chain = { upTo: prevSeq, ahead: new Map() };
      this.chains.set(docId, chain);
    }
    if (seq > chain.upTo) {
      if (prevSeq <= chain.upTo) chain.upTo = seq;
      else chain.ahead.set(prevSeq, seq);
      close(chain);
    }
    return chain.ahead.size > 0;
  }

  /** Whether a gap is open in the document's chain. */
  hasGap(docId: string): boolean {
    return (this.chains.get(docId)?.ahead.size ?? 0) > 0;
  }

  /** Where the document's chain is known without a gap, or undefined before any link was seen. */
  upTo(docId: string): number | undefined {
    return this.chains.get(docId)?.upTo;
  }

  /** The store was read up to `lastSeq`: the chain is known up to there. */
  caughtUp(docId: string, lastSeq: number): void {
    const chain = this.chains.get(docId);
    if (!chain) this.chains.set(docId, { upTo: lastSeq, ahead: new Map() });
    else {
      chain.upTo = Math.max(chain.upTo, lastSeq);
      close(chain);
    }
  }

  /** Forgets the chains of documents no longer loaded (the next load reads the store afresh). */
  keepOnly(loaded: ReadonlySet<string>): void {
    for (const docId of [...this.chains.keys()]) if (!loaded.has(docId)) this.chains.delete(docId);
  }
}

/** Follows the links ahead of a closed gap, and drops those the chain has passed. Each pass removes a link, so it ends. */
function close(chain: Chain): void {
  for (let moved = true; moved && chain.ahead.size; ) {
    moved = false;
    for (const [prev, seq] of chain.ahead) {
      if (seq <= chain.upTo) chain.ahead.delete(prev);
      else if (prev <= chain.upTo) {
        chain.upTo = seq;
        chain.ahead.delete(prev);
      } else continue;
      moved = true;
    }
  }
}
