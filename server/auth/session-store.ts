import { randomId, type SessionKeys } from './session-crypto';

/** What a backend keeps: the token only ever sealed (AES-GCM), never in the clear. */
export interface StoredSession {
  id: string;
  sealedToken: string;
  userName: string | null;
  scopes: string[];
  /** Kakao answered 401 for this token: the user must connect again. */
  expired: boolean;
  createdAt: number;
  lastSeenAt: number;
}

/** Where sessions live: the embedded/PostgreSQL store by default, Redis when REDIS_URL is set. */
export interface SessionBackend {
  save(session: StoredSession, ttlMs: number): Promise<void>;
  load(id: string): Promise<StoredSession | null>;
  remove(id: string): Promise<void>;
  /** Keeps one OAuth state for ttlMs. */
  saveState(state: string, data: string, ttlMs: number): Promise<void>;
  /** The state's data, once: a second take of the same state gets null (no replay). */
  takeState(state: string): Promise<string | null>;
  close(): Promise<void>;
}

export interface Session {
  id: string;
  token: string;
  userName: string | null;
  scopes: string[];
  expired: boolean;
}

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

export const DEFAULT_LIMITS: SessionLimits = { idleMs: 12 * 3600_000, absoluteMs: 7 * 24 * 3600_000 };
/** A session's lastSeenAt is written at most this often: a burst of API calls is one write. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Sessions with their expiry enforced here, on the server, whatever the backend does
 * with its own TTLs: 12 h idle and 7 days in all by default.
 */
export class SessionStore {
  constructor(
    private readonly backend: SessionBackend,
    private readonly keys: SessionKeys,
    private readonly limits: SessionLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  private ttl(session: StoredSession): number {
    const now = this.now();
    return Math.max(1, Math.min(session.lastSeenAt + this.limits.idleMs, session.createdAt + this.limits.absoluteMs) - now);
  }

  private isOver(session: StoredSession): boolean {
    const now = this.now();
    return now - session.lastSeenAt >= this.limits.idleMs || now - session.createdAt >= this.limits.absoluteMs;
  }

  async create(input: { token: string; userName: string | null; scopes: string[] }): Promise<Session> {
    const now = this.now();
    const stored: StoredSession = {
      id: randomId(),
      sealedToken: this.keys.seal(input.token),
      userName: input.userName,
      scopes: input.scopes,
      expired: false,
      createdAt: now,
      lastSeenAt: now,
    };
    await this.backend.save(stored, this.ttl(stored));
    return { id: stored.id, token: input.token, userName: input.userName, scopes: input.scopes, expired: false };
  }

  /** The live session with this id, or null: unknown, timed out, or sealed with another secret. */
  async get(id: string): Promise<Session | null> {
    const stored = await this.backend.load(id);
    if (stored === null) return null;
    if (this.isOver(stored)) {
      await this.backend.remove(id);
      return null;
    }
    let token: string;
    try {
      token = this.keys.open(stored.sealedToken);
    } catch {
      return null;
    }
    if (this.now() - stored.lastSeenAt >= TOUCH_EVERY_MS) {
      const touched = { ...stored, lastSeenAt: this.now() };
      await this.backend.save(touched, this.ttl(touched));
    }
    return { id, token, userName: stored.userName, scopes: stored.scopes, expired: stored.expired };
  }

  async update(id: string, change: Partial<Pick<StoredSession, 'expired' | 'scopes'>> & { token?: string }): Promise<void> {
    const stored = await this.backend.load(id);
    if (stored === null) return;
    const { token, ...rest } = change;
    const next = { ...stored, ...rest, ...(token === undefined ? {} : { sealedToken: this.keys.seal(token), expired: false }) };
    await this.backend.save(next, this.ttl(next));
  }

  remove(id: string): Promise<void> {
    return this.backend.remove(id);
  }

  saveState(state: string, data: string, ttlMs: number): Promise<void> {
    return this.backend.saveState(state, data, ttlMs);
  }

  takeState(state: string): Promise<string | null> {
    return this.backend.takeState(state);
  }
}
