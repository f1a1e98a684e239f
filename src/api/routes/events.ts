import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { idParamsSchema, problemResponses } from '../../contracts/common.js'
import {
  attendeeListSchema,
  createEventSchema,
  createReportSchema,
  decideReportSchema,
  eventCreatedSchema,
  eventListSchema,
  eventMemberParamsSchema,
  eventNoticeListSchema,
  eventReportListSchema,
  eventSchema,
  listingSchema,
  reportDecidedSchema,
  reportParamsSchema,
  rsvpAnswerSchema,
  rsvpSchema,
  updateEventSchema,
} from '../../contracts/events.js'
import type { ServiceContext } from '../../services/context.js'
import {
  answerEvent,
  cancelEvent,
  createEvent,
  decideReport,
  editEvent,
  eventAttendees,
  eventCalendarFile,
  eventNotices,
  eventReports,
  getEvent,
  listEvents,
  removeFromEvent,
  reportAttendee,
  setListing,
} from '../../services/events/index.js'
import { requireViewer } from '../auth.js'

export const eventRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.post(
    '/api/events',
    {
      schema: {
        operationId: 'createEvent',
        tags: ['events'],
        summary: 'Host an event for some of my circles; their members are invited',
        body: createEventSchema,
        response: { 201: eventCreatedSchema, ...problemResponses(400, 401, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createEvent(ctx, requireViewer(request), request.body)),
  )

  app.get(
    '/api/events',
    {
      schema: {
        operationId: 'listEvents',
        tags: ['events'],
        summary: 'The events I host or am invited to, latest first',
        response: { 200: eventListSchema, ...problemResponses(401) },
      },
    },
    async (request) => await listEvents(ctx, requireViewer(request)),
  )

  app.get(
    '/api/events/notices',
    {
      schema: {
        operationId: 'listEventNotices',
        tags: ['events'],
        summary: 'What I was told about events: invitations, changes, offers of a place',
        response: { 200: eventNoticeListSchema, ...problemResponses(401) },
      },
    },
    async (request) => await eventNotices(ctx, requireViewer(request)),
  )

  app.get(
    '/api/events/:id',
    {
      schema: {
        operationId: 'getEvent',
        tags: ['events'],
        summary: 'An event, for its host and invitees only',
        params: idParamsSchema,
        response: { 200: eventSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => await getEvent(ctx, request.viewer, request.params.id),
  )

  app.patch(
    '/api/events/:id',
    {
      schema: {
        operationId: 'editEvent',
        tags: ['events'],
        summary: 'Change an event (its host); invitees are told',
        params: idParamsSchema,
        body: updateEventSchema,
        response: { 200: eventCreatedSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      await editEvent(ctx, requireViewer(request), request.params.id, request.body),
  )

  app.post(
    '/api/events/:id/cancel',
    {
      schema: {
        operationId: 'cancelEvent',
        tags: ['events'],
        summary: 'Cancel an event (its host); invitees are told',
        params: idParamsSchema,
        response: { 200: eventCreatedSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) => await cancelEvent(ctx, requireViewer(request), request.params.id),
  )

  app.post(
    '/api/events/:id/rsvp',
    {
      schema: {
        operationId: 'answerEvent',
        tags: ['events'],
        summary: 'Answer yes, no or maybe; a yes accepts the code of conduct',
        params: idParamsSchema,
        body: rsvpSchema,
        response: { 200: rsvpAnswerSchema, ...problemResponses(400, 401, 404, 409, 422) },
      },
    },
    async (request) =>
      await answerEvent(ctx, requireViewer(request), request.params.id, request.body),
  )

  app.put(
    '/api/events/:id/listing',
    {
      schema: {
        operationId: 'setEventListing',
        tags: ['events'],
        summary: 'Choose whether fellow attendees see me in the list',
        params: idParamsSchema,
        body: listingSchema,
        response: { 200: listingSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      await setListing(ctx, requireViewer(request), request.params.id, request.body.listed),
  )

  app.get(
    '/api/events/:id/attendees',
    {
      schema: {
        operationId: 'listEventAttendees',
        tags: ['events'],
        summary: 'Who is going and why to meet them, for the host and attendees only',
        params: idParamsSchema,
        response: { 200: attendeeListSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => await eventAttendees(ctx, request.viewer, request.params.id),
  )

  app.get(
    '/api/events/:id/calendar.ics',
    {
      schema: {
        operationId: 'getEventCalendar',
        tags: ['events'],
        summary: 'The event as an iCalendar file (RFC 5545, METHOD:PUBLISH, no attendees)',
        params: idParamsSchema,
        response: {
          200: {
            description: 'The calendar file',
            content: { 'text/calendar': { schema: z.string() } },
          },
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const ics = await eventCalendarFile(ctx, request.viewer, request.params.id)
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="event.ics"')
        .send(ics)
    },
  )

  app.post(
    '/api/events/:id/reports',
    {
      schema: {
        operationId: 'reportEventAttendee',
        tags: ['events'],
        summary: 'Report a fellow attendee for soliciting (the host alone sees it)',
        params: idParamsSchema,
        body: createReportSchema,
        response: { 201: eventCreatedSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await reportAttendee(ctx, requireViewer(request), request.params.id, request.body)),
  )

  app.get(
    '/api/events/:id/reports',
    {
      schema: {
        operationId: 'listEventReports',
        tags: ['events'],
        summary: 'The reports of an event, for its host',
        params: idParamsSchema,
        response: { 200: eventReportListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => await eventReports(ctx, requireViewer(request), request.params.id),
  )

  app.post(
    '/api/events/:id/reports/:reportId/decision',
    {
      schema: {
        operationId: 'decideEventReport',
        tags: ['events'],
        summary: 'Uphold or dismiss a report (the host); an upheld one lowers the member’s limits',
        params: reportParamsSchema,
        body: decideReportSchema,
        response: {
          200: reportDecidedSchema,
          ...problemResponses(400, 401, 404, 409),
        },
      },
    },
    async (request) =>
      await decideReport(
        ctx,
        requireViewer(request),
        request.params.id,
        request.params.reportId,
        request.body.decision,
      ),
  )

  app.post(
    '/api/events/:id/attendees/:memberId/remove',
    {
      schema: {
        operationId: 'removeEventAttendee',
        tags: ['events'],
        summary: 'Take someone off the list (the host); they are told only that',
        params: eventMemberParamsSchema,
        response: { 200: eventCreatedSchema, ...problemResponses(400, 401, 404, 422) },
      },
    },
    async (request) =>
      await removeFromEvent(
        ctx,
        requireViewer(request),
        request.params.id,
        request.params.memberId,
      ),
  )
}
