/**
 * The goal every route is held to: this share of bare Fastify's throughput, and this p99. Apart
 * from the bench so the command can print it without loading the bench before it runs.
 */
export const API_GOAL = { minRequestsRatio: 0.4, maxP99Ms: 50 }
