/**
 * Where a verifier remembers which approvals have paid, so that each token pays once. Back it
 * with whatever the hub has (a database table with a unique key, Redis `SET NX`, …).
 * `markUsed` must be atomic: of two concurrent calls for one id exactly one returns `true`.
 */
export interface ApprovalReplayStore {
  /** True when the approval has already been used (or was revoked). */
  isUsed(approvalId: string): boolean | Promise<boolean>;
  /**
   * Marks the approval as used unless it already is. Returns `true` when this call marked it,
   * `false` when it was used before. `expiresAt` (seconds since the epoch) says from when the
   * entry may be forgotten: the token has expired by then anyway.
   */
  markUsed(approvalId: string, expiresAt: number): boolean | Promise<boolean>;
}

/**
 * A replay store in memory, for tests, a single process, or a cache in front of a database.
 * Lost on restart: a hub with several processes needs a shared store.
 */
export class InMemoryReplayStore implements ApprovalReplayStore {
  readonly #used = new Map<string, number>();

  /** True when the approval has been used or revoked. */
  isUsed(approvalId: string): boolean {
    return this.#used.has(approvalId);
  }

  /** Marks the approval used; `false` when it already was. */
  markUsed(approvalId: string, expiresAt: number): boolean {
    if (this.#used.has(approvalId)) return false;
    this.#used.set(approvalId, expiresAt);
    return true;
  }

  /**
   * Revokes an approval that was issued but should not pay (cancelled after signing): any token
   * for it now fails with `approval/already-used`. Keep the entry until `expiresAt`.
   */
  revoke(approvalId: string, expiresAt: number = Number.MAX_SAFE_INTEGER): void {
    this.#used.set(approvalId, Math.max(this.#used.get(approvalId) ?? 0, expiresAt));
  }

  /**
   * Forgets entries whose tokens expired more than `clockSkew` seconds before `now` (they fail as
   * expired anyway). Returns how many were dropped.
   */
  prune(now: Date, clockSkew: number = 60): number {
    const limit = Math.floor(now.getTime() / 1000) - clockSkew;
    let dropped = 0;
    for (const [id, expiresAt] of this.#used) {
      if (expiresAt <= limit) {
        this.#used.delete(id);
        dropped++;
      }
    }
    return dropped;
  }

  /** How many approvals are remembered. */
  get size(): number {
    return this.#used.size;
  }
}
