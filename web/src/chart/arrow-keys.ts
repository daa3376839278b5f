// The arrow keys as steps on the chart's plane (y down), for the chart and its overview.
const STEPS: Readonly<Record<string, readonly [number, number]>> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };

/** The step an arrow key stands for; undefined for any other key. */
export const arrowStep = (key: string): readonly [number, number] | undefined => STEPS[key];
