// Times in the reader's zone: stored instants stay UTC; days and wall clocks exist only in a zone.
export * from "./calendar";
export * from "./format";
export * from "./zones";
