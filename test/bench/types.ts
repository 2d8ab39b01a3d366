export interface Row {
	benchmark: string;
	competitor: string;
	median: string;
	requests: number | string;
	peakMemory: string;
	note?: string;
}

export interface Goal {
	benchmark: string;
	goal: string;
	measured: string;
	met: boolean;
	/** Why a goal was missed (or what the figure means), from evidence. */
	explanation?: string;
}

export interface BenchResult {
	rows: Row[];
	goals: Goal[];
	notes?: string[];
}

export interface BenchOptions {
	quick: boolean;
	log: (line: string) => void;
}
