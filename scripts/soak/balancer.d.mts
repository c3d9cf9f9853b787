// Types of balancer.mjs, for the tests that run several server instances behind it.
/** A running balancer. */
export interface Balancer {
  port: number;
  /** Replaces the backend ports. */
  setBackends(ports: number[]): void;
  /** How many connections each backend port has been given so far. */
  connections(): Map<number, number>;
  /** Stops listening and drops every connection. */
  close(): Promise<void>;
}
/** Starts a round-robin TCP balancer on 127.0.0.1 over the backend ports; a connection no backend accepts is closed. */
export function startBalancer(backends: number[]): Promise<Balancer>;
