// The option variants time-options.ts compares, each laid over the options the web app sends
// (server/http/chart-layout-options.ts): which of ELK's steps cost a borough chart its time.
export const VARIANTS: Record<string, Record<string, string>> = {
  sent: {},
  // crossing minimisation keeps the order of each row the web app gave (rowsOf orders a row by its upper boxes)
  // what chart-layout-options.ts now sends: the same layout of every plan's chart, in a third of the time
  lean: { 'elk.layered.thoroughness': '4', 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF' },
  // the options before, to compare with once `sent` carries the lean ones
  before: { 'elk.layered.thoroughness': '7', 'elk.layered.crossingMinimization.greedySwitch.type': 'TWO_SIDED' },
  interactiveOrder: { 'elk.layered.crossingMinimization.strategy': 'INTERACTIVE' },
  thorough1: { 'elk.layered.thoroughness': '1' },
  noGreedySwitch: { 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF' },
  modelOrder: { 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES' },
  networkSimplex: { 'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX' },
  brandesKoepf: { 'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF' },
  linearSegments: { 'elk.layered.nodePlacement.strategy': 'LINEAR_SEGMENTS' },
  // what the earlier trace tried: they change the routing
  undistributedPorts: { 'elk.portAlignment.default': 'CENTER' },
  polyline: { 'elk.edgeRouting': 'POLYLINE' },
};
