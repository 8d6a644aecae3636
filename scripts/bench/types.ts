export interface BenchOptions {
  quick: boolean;
  log: (line: string) => void;
}
export interface BenchRow {
  part: string;
  name: string;
  value: number;
  unit: string;
  target?: string;
}
/** Figures printed at the end as `name: value` lines, read by scripts. */
export interface BenchPart {
  rows: BenchRow[];
  headlines: Record<string, number>;
}
