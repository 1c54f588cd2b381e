export interface ExtraRoute {
  body: string | Buffer;
  type: string;
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `root` on 127.0.0.1 (an ephemeral port unless given) until `close()` is called. */
export function serveStatic(options: {
  root: string;
  port?: number;
  extra?: Map<string, ExtraRoute>;
}): Promise<StaticServer>;
