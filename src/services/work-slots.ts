/**
 * A bound on expensive work running at once — spreadsheet uploads being read, reports being rendered —
 * per user and over the whole server. A person who starts a second upload while the first runs is
 * told to wait (429); when the server as a whole is full, everyone is (503). Both answers carry
 * Retry-After. Refusing at once keeps memory bounded and the event loop free for everything else.
 */

import { DomainError } from '../contracts/domain-error';
import type { Bilingual } from '../contracts/issue';

export interface SlotLimits {
  perUser: number;
  overall: number;
  /** What Retry-After says: about how long one piece of this work takes. */
  retryAfterSeconds: number;
}

export interface SlotWords {
  /** What the work is, e.g. 电子表格上传 / spreadsheet upload. */
  what: Bilingual;
}

export class WorkSlots {
  private running = 0;
  private readonly byUser = new Map<number, number>();

  constructor(
    readonly limits: SlotLimits,
    private readonly words: SlotWords,
  ) {}

  /** Takes a slot or throws the busy answer; call the returned function when the work ends. */
  acquire(userId: number): () => void {
    const mine = this.byUser.get(userId) ?? 0;
    const { zh, en } = this.words.what;
    const retry = { retryAfterSeconds: this.limits.retryAfterSeconds };
    if (mine >= this.limits.perUser) {
      throw new DomainError(
        'busy_for_user',
        {
          zh: `您已有 ${mine} 个${zh}正在处理(每人最多 ${this.limits.perUser} 个),请等它完成后约 ${retry.retryAfterSeconds} 秒再试`,
          en: `you already have ${mine} ${en} in progress (at most ${this.limits.perUser} per person); try again in about ${retry.retryAfterSeconds} s`,
        },
        [],
        retry,
      );
    }
    if (this.running >= this.limits.overall) {
      throw new DomainError(
        'server_busy',
        {
          zh: `服务器正在处理 ${this.running} 个${zh}(上限 ${this.limits.overall} 个),请约 ${retry.retryAfterSeconds} 秒后再试`,
          en: `the server is handling ${this.running} ${en}s (limit ${this.limits.overall}); try again in about ${retry.retryAfterSeconds} s`,
        },
        [],
        retry,
      );
    }
    this.running += 1;
    this.byUser.set(userId, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      const left = (this.byUser.get(userId) ?? 1) - 1;
      if (left === 0) this.byUser.delete(userId);
      else this.byUser.set(userId, left);
    };
  }

  /** Work running now, for tests and the reliability figures. */
  get inUse(): number {
    return this.running;
  }
}
