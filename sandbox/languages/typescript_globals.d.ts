// What a TypeScript program in the sandbox may use of Node.js, declared for tsc (Debian ships
// no @types/node). Kept small on purpose: reading stdin, writing output, exiting.
declare function require(id: string): any;
declare const module: { exports: any };
declare const exports: any;
declare const Buffer: any;
declare function setTimeout(callback: (...args: any[]) => void, ms?: number, ...args: any[]): any;
declare function clearTimeout(handle: any): void;
declare function setInterval(callback: (...args: any[]) => void, ms?: number, ...args: any[]): any;
declare function clearInterval(handle: any): void;
declare function setImmediate(callback: (...args: any[]) => void, ...args: any[]): any;
declare function queueMicrotask(callback: () => void): void;

interface Console {
  log(...data: any[]): void;
  error(...data: any[]): void;
  warn(...data: any[]): void;
  info(...data: any[]): void;
  debug(...data: any[]): void;
  table(data: any, columns?: string[]): void;
  dir(item: any, options?: any): void;
}
declare const console: Console;

declare const process: {
  argv: string[];
  env: Record<string, string | undefined>;
  exitCode: number | undefined;
  exit(code?: number): never;
  stdin: any;
  stdout: { write(chunk: string): boolean } & Record<string, any>;
  stderr: { write(chunk: string): boolean } & Record<string, any>;
  hrtime: { bigint(): bigint } & ((time?: [number, number]) => [number, number]);
  memoryUsage(): Record<string, number>;
  nextTick(callback: (...args: any[]) => void, ...args: any[]): void;
  on(event: string, listener: (...args: any[]) => void): any;
};
