import { benchImport } from '../bench/import';
console.log(benchImport(Number(process.argv[2] ?? 10000)));
