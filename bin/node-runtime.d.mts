// Types of node-runtime.mjs, for the TypeScript that tests it.
export declare const projectRoot: string;
export declare function v8FlagsFor(cores: number, env: Record<string, string | undefined>): string[];
export declare function runTypeScript(entry: string, args: string[]): Promise<unknown>;
