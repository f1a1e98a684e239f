import { useQuery } from '@tanstack/react-query'
import type { NetworkMap } from '../api/types.js'
import { requestJson } from './contract-request.js'

export function useNetworkMap() {
  return useQuery({
    queryKey: ['network', 'map'],
    queryFn: () => requestJson<NetworkMap>('GET', '/api/network/map'),
  })
}
