// kubectl's printers: `kubectl get` tables and `kubectl describe` text, for both modes.
export { ageCell, isBook, modeOf, nowMs, since, type PrintContext } from './context.ts';
export { tableFor } from './columns.ts';
export { describe, DESCRIBABLE } from './describe.ts';
export {
  BOOK_TABLE_OPTIONS,
  kindPrefix,
  renderTable,
  tableOptionsFor,
  type Column,
  type KindPrinter,
  type Table,
  type TableOptions,
} from './table.ts';
export { podSummary, type PodSummary } from './get/pod.ts';
export { nodeStatus, nodeRoles } from './get/node.ts';
export { endpointsText } from './get/network.ts';
export { eventsFor } from './describe/events.ts';
export { BOOK_DESCRIBE_OPTIONS } from './describe/writer.ts';
export { canonicalQuantity } from './quantity.ts';
