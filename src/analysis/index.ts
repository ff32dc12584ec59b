// Relations analytics: the functions the CLI and the API call. Each takes a SqlRunner over a store's
// `events` table and a plain options object, and returns a plain object (see docs/analysis.md).
export { dyadSeries } from './dyadSeries.ts';
export type { DyadSeries, DyadSeriesOptions, DyadBucket, QuadCounts } from './dyadSeries.ts';
export { triangle } from './triangle.ts';
export type { TriangleOptions, TriangleResult, TriangleWindow, TriangleEdge, TriangleTransition } from './triangle.ts';
export { classifyTriangle, structuralBalance, describeDittmer } from './dittmer.ts';
export type { DittmerClass, Balance } from './dittmer.ts';
export { patternTest } from './patternTest.ts';
export type { PatternTestOptions, PatternTestResult, PatternPair } from './patternTest.ts';
export { changePoints } from './changePoints.ts';
export type { ChangePointOptions, ChangePointResult, ChangePoint, Segment, SeriesPoint } from './changePoints.ts';
export { partners } from './partners.ts';
export type { PartnersOptions, PartnersResult, Partner } from './partners.ts';
export { parseActorSelector, formatActorSelector } from './actorSelector.ts';
export type { ActorSelector } from './actorSelector.ts';
export { parseEventSpec } from './eventSpec.ts';
export { netCooperation, edgeSign, DEFAULT_SIGN_THRESHOLD } from './cooperation.ts';
export type { EdgeSign } from './cooperation.ts';
export type { EventRef } from './eventRef.ts';
export type { BaseFilterOptions } from './eventFilter.ts';
export type { BucketUnit } from './dates.ts';
