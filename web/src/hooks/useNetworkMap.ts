import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client.js'

export function useNetworkMap() {
  return useQuery({
    queryKey: ['network', 'map'],
    queryFn: () => unwrap(api.GET('/api/network/map')),
  })
}

export function useNetworkReach() {
  return useQuery({
    queryKey: ['network', 'reach'],
    queryFn: () => unwrap(api.GET('/api/network/reach')),
  })
}
