import { benchTriage } from '../bench/triage';
console.log(benchTriage());
