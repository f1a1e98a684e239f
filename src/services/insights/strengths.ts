import { strengthDistribution } from '../../domain/strength-distribution.js'
import type { MemberId } from '../../ids.js'
import type { ServiceContext } from '../context.js'
import {
  type AnalyzedNetwork,
  currentNetwork,
  type ReadingBasis,
  readingView,
} from '../scoring/index.js'

/** The distribution of a network's strengths, exact (three decimals) and by hundredths. */
export function distributionOf(network: AnalyzedNetwork) {
  const strengths = network.contacts.map((c) => c.analysis.tie.strength)
  return {
    exact: strengthDistribution(strengths, 0.001),
    hundredths: strengthDistribution(strengths, 0.01),
  }
}

/**
 * How the member's tie strengths spread, read as of the export's date or today: whether the
 * model tells their people apart (the goal: no value holds more than a tenth of contacts).
 */
export async function strengthReport(ctx: ServiceContext, viewer: MemberId, basis: ReadingBasis) {
  const network = await currentNetwork(ctx, viewer, basis)
  return { asOf: readingView(network.asOf), ...distributionOf(network) }
}
