import swagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import { compactComponents } from './openapi-components.js'

const TAGS = [
  { name: 'health', description: 'Whether the server is up' },
  {
    name: 'accounts',
    description: 'Sign-up, sign-in, password resets and personal access tokens',
  },
  { name: 'profile', description: 'My own profile' },
  { name: 'personal-data', description: 'Everything I own: export it, or erase it' },
  { name: 'members', description: 'Finding members and reading their profiles' },
  {
    name: 'connections',
    description: 'Invitations, with a note and how we met, and the connections they make',
  },
  {
    name: 'contacts',
    description: 'My contacts, with circles, notes, interactions and tie strength',
  },
  { name: 'blocks', description: 'Members I refuse to hear from, silently' },
  {
    name: 'recommendations',
    description: 'Worked-together records confirmed by both, and the recommendations they allow',
  },
  {
    name: 'message-requests',
    description: 'The requests tray: messages from non-connections, triaged with reasons in words',
  },
  {
    name: 'newsletters',
    description: 'Issues for a circle or all connections, their delivery, reads and unsubscribe',
  },
  {
    name: 'posts',
    description: 'Notes and links for all connections or one circle, comments, and the feed',
  },
  {
    name: 'events',
    description:
      'Events for circles: answers with a code of conduct, waitlist, attendees, calendars, reports',
  },
  { name: 'insights', description: 'Network health, pruning and staying in touch' },
  {
    name: 'introductions',
    description: 'Double opt-in introductions and referrals, and what they led to',
  },
  { name: 'paths', description: 'Warm paths, reach and the map of my network' },
  { name: 'imports', description: 'Importing a LinkedIn data export' },
  {
    name: 'messages',
    description: 'Conversations with my connections, read state and live updates',
  },
  { name: 'operator', description: "For the instance's operator" },
]

/**
 * Serves the OpenAPI document of every route at `/api/openapi.json`, built from the routes' zod
 * schemas; each schema of `src/contracts` with an `id` is a named component.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Rapport API',
        version: '0.1.0',
        description:
          'A professional network built on relationships. Errors are RFC 9457 problems (application/problem+json). Any request may also answer 421 when addressed to a host name the instance does not serve, and 403 when it changes something with a session cookie but without this origin in `Origin`.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/', description: 'This instance' }],
      tags: TAGS,
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'rapport_session' },
          bearer: { type: 'http', scheme: 'bearer', description: 'A personal access token' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => compactComponents(jsonSchemaTransformObject(input)),
  })
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}
