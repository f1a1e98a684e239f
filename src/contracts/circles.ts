import { z } from 'zod'
import { idSchema } from './common.js'
import { circleNameSchema } from './contacts.js'

const contactIds = z.array(idSchema).max(1000)

export const circleParamsSchema = z.object({ name: circleNameSchema }).strict()

/** A circle is its name on contacts, so it begins with the contacts put in it. */
export const createCircleSchema = z
  .object({ name: circleNameSchema, contactIds: contactIds.min(1) })
  .strict()
  .meta({ id: 'CreateCircle' })
export type CreateCircle = z.output<typeof createCircleSchema>

export const renameCircleSchema = z
  .object({ name: circleNameSchema })
  .strict()
  .meta({ id: 'RenameCircle' })

/** Contacts to put in and take out of a circle, in one change. */
export const circleMembershipSchema = z
  .object({ add: contactIds.default([]), remove: contactIds.default([]) })
  .strict()
  .refine((v) => v.add.length + v.remove.length > 0, { message: 'name contacts to add or remove' })
  .meta({ id: 'CircleMembership' })
export type CircleMembership = z.output<typeof circleMembershipSchema>
